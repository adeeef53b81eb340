package org.moisson.search;

import java.io.Closeable;
import java.util.Collection;
import java.util.List;

/**
 * The search port: a projection of the database that answers queries. Two backends implement it,
 * Lucene (embedded) and OpenSearch (scale mode), and both must pass {@code SearchIndexContract}.
 *
 * <p>Writes are applied by the harvest pipeline only. The index remembers a watermark, the highest
 * change sequence number it holds, so after a crash the pipeline re-sends whatever came after it.
 *
 * <pre>{@code
 * index.index(List.of(new IndexedDataset("abc", dataset, List.of("Zenodo"))));
 * index.commit(42);
 * SearchResult r = index.search(SearchQuery.text("sol").filter(Facet.LICENCE, "CC-BY-4.0").page(1, 20));
 * }</pre>
 */
public interface SearchIndex extends Closeable {

  /** Adds or replaces datasets by id; visible to searches after {@link #commit} (or sooner). */
  void index(List<IndexedDataset> datasets);

  void delete(Collection<String> ids);

  /**
   * Makes writes visible and records the watermark they reach. They reach the disk now or within
   * moments (a backend may group its syncs); a crash in between reopens the index at an older
   * watermark, still true of what it holds, and the pipeline re-sends the changes after it.
   */
  void commit(long watermark);

  /** The watermark of the last commit; 0 for a new index. */
  long watermark();

  /** Removes every document and resets the watermark to 0 (before a rebuild from the database). */
  void clear();

  SearchResult search(SearchQuery query);

  /** Number of datasets in the index. */
  long count();

  @Override
  void close();
}
