package org.moisson.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.moisson.search.CompletionTerms;
import org.moisson.search.IndexedDataset;
import org.moisson.search.SearchIndex;
import org.moisson.search.SearchQuery;
import org.moisson.search.SearchResult;
import org.moisson.search.SuggestKind;
import org.moisson.search.Suggestion;
import org.moisson.system.DaemonThreads;
import org.moisson.system.Parallel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * Writes become visible at {@link #commit}: the next read after a commit refreshes the searcher
 * first, so a reader always sees every committed write, and a harvest that commits after every
 * page pays for no refresh nobody reads (each one flushed a small segment, later merged: a fifth
 * of the cost of indexing). Searches run concurrently with writes. A commit reaches the disk (a
 * Lucene commit: dozens of fsyncs) within {@value #DURABLE_SECONDS} seconds, and at {@link #close}.
 * The watermark is stored with the documents in each Lucene commit, so after a crash the index
 * reopens at a watermark that describes what it holds, and the feeder sends again whatever came
 * after it: a longer interval costs only a longer replay.
 */
public final class LuceneSearchIndex implements SearchIndex {
  private static final Logger log = LoggerFactory.getLogger(LuceneSearchIndex.class);
  private static final String WATERMARK = "moisson.watermark";
  /** Rebuilds send the whole catalogue: fewer, larger flushes mean less merging. */
  private static final double RAM_BUFFER_MB = 64;
  private static final int DURABLE_SECONDS = 10;
  private static final long DURABLE_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(DURABLE_SECONDS);

  private final Directory directory;
  private final Analyzer analyzer = Analyzers.perField();
  private final FacetsConfig facetsConfig = LuceneDocuments.facetsConfig();
  private final FacetColumns facetColumns = new FacetColumns();
  private final LuceneQueries queries = new LuceneQueries(analyzer, facetsConfig);
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Object commitLock = new Object();
  private final AtomicBoolean closed = new AtomicBoolean();
  /** One search may use every core: latency on a large index matters more than peak throughput. */
  private final ExecutorService pool = Executors.newFixedThreadPool(
      Runtime.getRuntime().availableProcessors(), DaemonThreads.named("lucene-search"));
  private volatile long watermark;
  /** When the last Lucene commit was made (guarded by commitLock); the first commit() always syncs. */
  private long lastDurable = System.nanoTime() - DURABLE_INTERVAL_NANOS;
  /** A commit() made visible what is not on disk yet (guarded by commitLock). */
  private boolean unsynced;
  /** Commits made, and how many of them the searcher shows: a read behind refreshes first. */
  private final AtomicLong commits = new AtomicLong();
  private final AtomicLong shown = new AtomicLong();
  /** Syncs what the last commit() of a burst left visible only, so it is not left so for long. */
  private final ScheduledExecutorService syncer = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("lucene-sync"));

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
          return new FacetedSearcher(reader, facetsConfig, facetColumns, pool);
        }
      });
      syncer.scheduleWithFixedDelay(this::syncWhenDue, 1, 1, TimeUnit.SECONDS);
    } catch (IOException e) {
      try {
        directory.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw new UncheckedIOException("cannot open the search index (is another process using it?)", e);
    }
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

  /**
   * Builds and adds the documents on every core: analysis (each text in English and in French) is
   * most of the cost of a harvest, and the writer takes documents from several threads at once.
   * When an id comes twice, only its last version is written, as one after the other would leave it.
   */
  @Override
  public void index(List<IndexedDataset> datasets) {
    Map<String, IndexedDataset> last = new LinkedHashMap<>();
    datasets.forEach(d -> last.put(d.id(), d));
    Parallel.forEach(last.values(), this::update);
  }

  private void update(IndexedDataset d) {
    try {
      writer.updateDocument(new Term(LuceneDocuments.ID, d.id()), LuceneDocuments.toDocument(d, facetsConfig));
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
    commit(watermark, false);
  }

  private void commit(long watermark, boolean sync) {
    try {
      synchronized (commitLock) {
        writer.setLiveCommitData(Map.of(WATERMARK, Long.toString(watermark)).entrySet());
        this.watermark = watermark;
        unsynced = true;
        commits.incrementAndGet();
        if (sync || System.nanoTime() - lastDurable >= DURABLE_INTERVAL_NANOS) sync();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The searcher to read from, refreshed first when a commit came since: a read that starts after
   * a commit returned sees it, even while another read is refreshing (it waits for that refresh).
   */
  private IndexSearcher acquire() throws IOException {
    long made = commits.get();
    if (shown.get() < made) {
      searchers.maybeRefreshBlocking(); // shows at least every commit counted in made
      shown.accumulateAndGet(made, Math::max);
    }
    return searchers.acquire();
  }

  /**
   * Syncs what a burst of commits left unsynced, and refreshes after a sync or when no write came
   * for a while: searches take up the merges finished meanwhile (fewer segments), and the
   * merged-away files can be deleted.
   */
  private void syncWhenDue() {
    try {
      boolean quiet;
      synchronized (commitLock) {
        if (closed.get()) return;
        boolean due = System.nanoTime() - lastDurable >= DURABLE_INTERVAL_NANOS;
        if (unsynced && due) sync();
        // Just synced, or no write for a while: a refresh flushes nothing the sync did not, and
        // takes up the merges that ended since. Between syncs, reads refresh when they need to.
        quiet = !unsynced && due;
      }
      if (quiet) searchers.maybeRefresh();
    } catch (IOException | RuntimeException e) {
      // The next commit() or close() tries again and reports; until then the index stays as visible.
      log.warn("search index: background sync failed: {}", e.toString());
    }
  }

  /** A Lucene commit of what commit() made visible, with its watermark; caller holds commitLock. */
  private void sync() throws IOException {
    if (!unsynced) return;
    writer.commit();
    lastDurable = System.nanoTime();
    unsynced = false;
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
      commit(0, true); // never reopen on the documents a rebuild has just dropped
    }
  }

  @Override
  public SearchResult search(SearchQuery query) {
    try {
      FacetedSearcher searcher = (FacetedSearcher) acquire();
      try {
        return searcher.run(query, queries);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Walks the matches segment by segment on one acquired searcher (a snapshot), reading ids from doc values. */
  @Override
  public void forEachId(SearchQuery query, java.util.function.Consumer<String> each) {
    try {
      IndexSearcher searcher = acquire();
      try {
        Query q = searcher.rewrite(LuceneQueries.and(queries.base(query), queries.filters(query.filters()).values()));
        Weight weight = searcher.createWeight(q, ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
          Scorer scorer = weight.scorer(leaf);
          if (scorer == null) continue;
          SortedDocValues ids = DocValues.getSorted(leaf.reader(), LuceneDocuments.ID);
          Bits live = leaf.reader().getLiveDocs();
          DocIdSetIterator it = scorer.iterator();
          for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
            if ((live == null || live.get(doc)) && ids.advanceExact(doc)) {
              each.accept(ids.lookupOrd(ids.ordValue()).utf8ToString());
            }
          }
        }
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public List<Suggestion> suggest(String prefix, SuggestKind kind, int limit) {
    CompletionTerms.check(kind, limit);
    try {
      IndexSearcher searcher = acquire();
      try {
        return switch (kind) {
          case KEYWORD -> LuceneSuggester.values(searcher, LuceneDocuments.SUGGEST_KEYWORD, prefix, limit);
          case PLACE -> LuceneSuggester.values(searcher, LuceneDocuments.SUGGEST_PLACE, prefix, limit);
          case TITLE -> LuceneSuggester.titles(searcher, prefix, limit);
        };
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
      IndexSearcher searcher = acquire();
      try {
        return searcher.getIndexReader().numDocs();
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Lets a running sync finish (an interrupted write would break the writer) and starts no other. */
  private void stopSyncer() {
    syncer.shutdown();
    try {
      if (!syncer.awaitTermination(30, TimeUnit.SECONDS)) log.warn("search index: a sync still runs at close");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) return;
    stopSyncer();
    try (directory; analyzer; writer; searchers) {
      // What commit() made visible goes to disk; what came after is dropped by the writer's close
      // (or kept, when it was indexed before that sync: the feeder sends it again, harmlessly).
      synchronized (commitLock) {
        sync();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      pool.shutdown();
    }
  }
}
