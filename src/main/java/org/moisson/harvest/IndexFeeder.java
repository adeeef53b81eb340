package org.moisson.harvest;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.moisson.record.Dataset;
import org.moisson.record.DatasetJson;
import org.moisson.search.IndexedDataset;
import org.moisson.search.SearchIndex;
import org.moisson.store.DatasetStore;
import org.moisson.store.FeedLock;
import org.moisson.store.SourceStore;
import org.moisson.system.DaemonThreads;
import org.moisson.system.Parallel;
import org.moisson.vocabulary.Classifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps the search index a faithful projection of the database: applies every dataset change after
 * the index's watermark, in sequence order, then commits the new watermark. Run after each stored
 * page and at start-up, so changes stored just before a crash still reach the index.
 */
@Component
public class IndexFeeder {
  private static final Logger log = LoggerFactory.getLogger(IndexFeeder.class);
  private static final int BATCH = 2000;

  private final DatasetStore datasets;
  private final SourceStore sources;
  private final SearchIndex index;
  private final FeedLock lock;
  private final Classifier classifier;
  /** Runs the catch-ups asked for by {@link #catchUpSoon}, one at a time. */
  private final ExecutorService background = Executors.newSingleThreadExecutor(DaemonThreads.named("index-feeder"));
  private final AtomicBoolean queued = new AtomicBoolean();

  IndexFeeder(DatasetStore datasets, SourceStore sources, SearchIndex index, FeedLock lock, Classifier classifier) {
    this.datasets = datasets;
    this.sources = sources;
    this.index = index;
    this.lock = lock;
    this.classifier = classifier;
  }

  /**
   * Applies every pending change; returns how many. Holds the database's feed lock meanwhile, so
   * of several nodes feeding one shared index only one reads and moves its watermark at a time.
   */
  public synchronized int catchUp() {
    return lock.holding(() -> applyPending(Progress.NONE));
  }

  /**
   * Asks for a catch-up on the feeder's own thread and returns at once; asks made while one waits
   * to start make no second one. A harvest calls this after each stored page, so the page's
   * indexing overlaps the next page's mapping and storing, and calls {@link #catchUp} before it
   * reports its end. A failure is logged; the next catch-up starts again from the watermark.
   */
  public void catchUpSoon() {
    if (!queued.compareAndSet(false, true)) return;
    try {
      background.execute(() -> {
        queued.set(false);
        try {
          catchUp();
        } catch (RuntimeException e) {
          log.warn("search index: catch-up failed, retried at the next one: {}", e.toString());
        }
      });
    } catch (RejectedExecutionException e) {
      // Shutting down: what is stored and not indexed is applied at the next start.
      queued.set(false);
    }
  }

  /**
   * Lets a catch-up under way end: Lucene's files must not be interrupted mid-write (an interrupted
   * channel is closed under the index writer), and what it does not finish the next start applies.
   */
  @PreDestroy
  void stop() throws InterruptedException {
    background.shutdown();
    if (!background.awaitTermination(30, TimeUnit.SECONDS)) log.warn("search index: a catch-up still running at shutdown");
  }

  /** Told after each batch how far a long feed (a rebuild) has come. */
  public interface Progress {
    Progress NONE = (done, total) -> {};

    void batch(long done, long total);
  }

  private int applyPending(Progress progress) {
    int applied = 0;
    long total = progress == Progress.NONE ? 0 : datasets.countChangesAfter(index.watermark());
    long mark = index.watermark();
    Map<Long, String> names = null;
    while (true) {
      List<DatasetStore.Row> rows = datasets.changesAfter(mark, BATCH);
      if (rows.isEmpty()) break;
      if (names == null) names = sources.names();
      List<String> deletes = rows.stream().filter(IndexFeeder::gone).map(DatasetStore.Row::id).toList();
      List<IndexedDataset> upserts = upserts(rows, names);
      if (!deletes.isEmpty()) index.delete(deletes);
      if (!upserts.isEmpty()) index.index(upserts);
      mark = rows.get(rows.size() - 1).seq();
      index.commit(mark);
      applied += rows.size();
      progress.batch(applied, Math.max(total, applied));
    }
    if (applied > 0) log.debug("index caught up: {} changes, watermark {}", applied, mark);
    return applied;
  }

  /**
   * The live rows as the index takes them. Reading the JSON back is a fair share of the work:
   * spread over every core, order kept.
   */
  private List<IndexedDataset> upserts(List<DatasetStore.Row> rows, Map<Long, String> sourceNames) {
    return Parallel.map(rows.stream().filter(r -> !gone(r)).toList(), r -> indexed(r, sourceNames));
  }

  /** Concepts are computed here, not stored: a thesaurus change needs only an index rebuild. */
  private IndexedDataset indexed(DatasetStore.Row r, Map<Long, String> sourceNames) {
    List<String> held = r.sourceIds().stream().map(id -> sourceNames.getOrDefault(id, "source " + id)).toList();
    Dataset d = DatasetJson.read(r.json());
    return new IndexedDataset(r.id(), d, held, classifier.classify(d), r.json());
  }

  private static boolean gone(DatasetStore.Row r) {
    return r.deleted() || r.json() == null;
  }

  /**
   * Feeds another index (a second backend, for comparison) with every live dataset, as this one is
   * fed; its watermark is committed too. Returns the datasets sent.
   */
  public int feedInto(SearchIndex other, Progress progress) {
    int sent = 0;
    long mark = 0;
    long total = datasets.countChangesAfter(0);
    Map<Long, String> names = sources.names();
    while (true) {
      List<DatasetStore.Row> rows = datasets.changesAfter(mark, BATCH);
      if (rows.isEmpty()) break;
      List<IndexedDataset> upserts = upserts(rows, names);
      if (!upserts.isEmpty()) other.index(upserts);
      mark = rows.get(rows.size() - 1).seq();
      other.commit(mark);
      sent += upserts.size();
      progress.batch(sent, total);
    }
    return sent;
  }

  /** Drops the index and feeds it again from the database. */
  public synchronized int rebuild() {
    return rebuild(Progress.NONE);
  }

  public synchronized int rebuild(Progress progress) {
    return lock.holding(() -> {
      index.clear();
      return applyPending(progress);
    });
  }
}
