package org.moisson.search;

import java.io.Closeable;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

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

  /**
   * Calls {@code each} with the id of every dataset the query matches, all of them: no page, no
   * size and no {@link SearchQuery#MAX_WINDOW} limit apply (page, size, sort and facets of the query
   * are ignored). For exports, which must not hold the hits in memory.
   *
   * <p>Contract, which every backend must keep: each matching id is given exactly once; the ids come
   * from one consistent view of the index (a point-in-time snapshot: writes committed during the
   * iteration are not seen, nor does an id appear twice because it was re-indexed meanwhile); the
   * order is unspecified (the backend's cheapest, e.g. index order); {@code each} is called on the
   * caller's thread, one id at a time, and may block (it writes to a slow client) without making the
   * backend buffer the rest; an exception thrown by {@code each} stops the iteration and is passed on.
   * An OpenSearch backend does this with a point in time and {@code search_after} on the id, pages of
   * a few thousand, sorted by id, closing the point in time at the end.
   *
   * <pre>{@code
   * index.forEachId(SearchQuery.text("soil").filter(Facet.LICENCE, "CC-BY-4.0"), id -> out.add(id));
   * }</pre>
   */
  void forEachId(SearchQuery query, Consumer<String> each);

  /** The most completions {@link #suggest} gives at once. */
  int MAX_SUGGESTIONS = 100;

  /**
   * Completions of what a person is typing, for a search box. Text is compared folded
   * ({@link Folding#fold}: case, accents and punctuation ignored); a blank prefix gives nothing.
   *
   * <ul>
   * <li>KEYWORD and PLACE: the values whose folded form has the folded prefix at its start or at
   *     the start of one of its words ("surf" finds "Sea surface temperature"; "sea surf" finds it
   *     too). Values that fold alike ("Aérosols", "aerosols") are one suggestion, shown as the form
   *     held by most datasets (ties: the smaller in String order), whose count is the sum of the
   *     forms' counts (datasets holding one form each). Most datasets first, ties by value.
   *     Keyword values are those of {@link Facet#KEYWORD}; place values are stripped, at most 256
   *     characters, like facet values.
   * <li>TITLE: datasets with a title whose folded words contain every word of the folded prefix
   *     but the last, and a word beginning with the last ("sea surf" finds "Sea surface salinity";
   *     "surface sea" finds it too: words in any order). The value is the first of the dataset's
   *     titles that matches. Newest first (as {@link SortOrder#DATE}), then by id.
   * </ul>
   * Deleted and replaced datasets count no more once the change is committed.
   *
   * <pre>{@code
   * index.suggest("aero", SuggestKind.KEYWORD, 5); // [Suggestion("Aerosols", 12, null), …]
   * }</pre>
   *
   * @param limit 1 to {@link #MAX_SUGGESTIONS}
   * @throws InvalidQueryException when limit is out of range
   */
  List<Suggestion> suggest(String prefix, SuggestKind kind, int limit);

  /** Number of datasets in the index. */
  long count();

  @Override
  void close();
}
