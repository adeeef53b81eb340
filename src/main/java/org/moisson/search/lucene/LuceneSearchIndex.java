package org.moisson.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.moisson.search.IndexedDataset;
import org.moisson.search.SearchIndex;
import org.moisson.search.SearchQuery;
import org.moisson.search.SearchResult;

/**
 * The embedded search backend: a Lucene index in a folder.
 *
 * <pre>{@code
 * try (SearchIndex index = new LuceneSearchIndex(home.resolve("index"))) {
 *   index.index(datasets);
 *   index.commit(42);
 *   SearchResult r = index.search(SearchQuery.text("océan").filter(Facet.TYPE, "Dataset"));
 * }
 * }</pre>
 *
 * Writes become visible at {@link #commit}, which also refreshes the searcher; searches run
 * concurrently with writes on the searcher of the last commit. What was not committed when the
 * index is closed is dropped, so the stored watermark always describes what the index holds.
 */
public final class LuceneSearchIndex implements SearchIndex {
  private static final String WATERMARK = "moisson.watermark";
  /** Rebuilds send the whole catalogue: fewer, larger flushes mean less merging. */
  private static final double RAM_BUFFER_MB = 64;

  private final Directory directory;
  private final Analyzer analyzer = Analyzers.perField();
  private final FacetsConfig facetsConfig = LuceneDocuments.facetsConfig();
  private final LuceneQueries queries = new LuceneQueries(analyzer, facetsConfig);
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Object commitLock = new Object();
  private final AtomicBoolean closed = new AtomicBoolean();
  /** One search may use every core: latency on a large index matters more than peak throughput. */
  private final ExecutorService pool = Executors.newFixedThreadPool(
      Runtime.getRuntime().availableProcessors(), LuceneSearchIndex::searchThread);
  private volatile long watermark;

  /** Opens the index in {@code folder}, creating it when absent. */
  public LuceneSearchIndex(Path folder) {
    this(open(folder));
  }

  /** An index held in memory, for tests and throwaway use. */
  public static LuceneSearchIndex inMemory() {
    return new LuceneSearchIndex(new ByteBuffersDirectory());
  }

  private LuceneSearchIndex(Directory directory) {
    this.directory = directory;
    try {
      IndexWriterConfig config = new IndexWriterConfig(analyzer)
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setCommitOnClose(false)
          .setRAMBufferSizeMB(RAM_BUFFER_MB);
      this.writer = new IndexWriter(directory, config);
      this.watermark = storedWatermark(writer);
      this.searchers = new SearcherManager(writer, new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
          return new FacetedSearcher(reader, facetsConfig, pool);
        }
      });
    } catch (IOException e) {
      try {
        directory.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw new UncheckedIOException("cannot open the search index (is another process using it?)", e);
    }
  }

  private static Thread searchThread(Runnable r) {
    Thread t = new Thread(r, "lucene-search");
    t.setDaemon(true);
    return t;
  }

  private static Directory open(Path folder) {
    try {
      return FSDirectory.open(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the search index at " + folder, e);
    }
  }

  private static long storedWatermark(IndexWriter writer) {
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    if (data == null) return 0;
    for (Map.Entry<String, String> e : data) {
      if (WATERMARK.equals(e.getKey())) return Long.parseLong(e.getValue());
    }
    return 0;
  }

  @Override
  public void index(List<IndexedDataset> datasets) {
    try {
      for (IndexedDataset d : datasets) {
        writer.updateDocument(new Term(LuceneDocuments.ID, d.id()),
            LuceneDocuments.toDocument(d, facetsConfig));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void delete(Collection<String> ids) {
    if (ids.isEmpty()) return;
    try {
      writer.deleteDocuments(ids.stream().map(id -> new Term(LuceneDocuments.ID, id)).toArray(Term[]::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void commit(long watermark) {
    try {
      synchronized (commitLock) {
        writer.setLiveCommitData(Map.of(WATERMARK, Long.toString(watermark)).entrySet());
        writer.commit();
        this.watermark = watermark;
      }
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public long watermark() {
    return watermark;
  }

  @Override
  public void clear() {
    synchronized (commitLock) {
      try {
        writer.deleteAll();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      commit(0);
    }
  }

  @Override
  public SearchResult search(SearchQuery query) {
    try {
      FacetedSearcher searcher = (FacetedSearcher) searchers.acquire();
      try {
        return searcher.run(query, queries);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public long count() {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return searcher.getIndexReader().numDocs();
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) return;
    try (directory; analyzer; writer; searchers) {
      // closed in reverse order: searchers, then the writer (dropping what was not committed)
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      pool.shutdown();
    }
  }
}
