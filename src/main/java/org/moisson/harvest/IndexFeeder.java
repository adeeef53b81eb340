package org.moisson.harvest;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.moisson.record.DatasetJson;
import org.moisson.search.IndexedDataset;
import org.moisson.search.SearchIndex;
import org.moisson.store.DatasetStore;
import org.moisson.store.SourceStore;
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
  /** Catch-ups a harvest asks for while it goes on to its next page (see {@link #catchUpSoon}). */
  private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "index-feeder");
    t.setDaemon(true);
    return t;
  });
  private final AtomicBoolean queued = new AtomicBoolean();

  IndexFeeder(DatasetStore datasets, SourceStore sources, SearchIndex index) {
    this.datasets = datasets;
    this.sources = sources;
    this.index = index;
  }

  /** Applies every pending change; returns how many. */
  public synchronized int catchUp() {
    int applied = 0;
    long mark = index.watermark();
    Map<Long, String> names = null;
    while (true) {
      List<DatasetStore.Row> rows = datasets.changesAfter(mark, BATCH);
      if (rows.isEmpty()) break;
      if (names == null) names = sources.names();
      List<String> deletes = rows.stream().filter(IndexFeeder::gone).map(DatasetStore.Row::id).toList();
      Map<Long, String> n = names;
      // Reading the JSON back is a fair share of the work: spread over every core, order kept.
      List<IndexedDataset> upserts = rows.parallelStream().filter(r -> !gone(r)).map(r -> indexed(r, n)).toList();
      if (!deletes.isEmpty()) index.delete(deletes);
      if (!upserts.isEmpty()) index.index(upserts);
      mark = rows.get(rows.size() - 1).seq();
      index.commit(mark);
      applied += rows.size();
    }
    if (applied > 0) log.debug("index caught up: {} changes, watermark {}", applied, mark);
    return applied;
  }

  /**
   * A catch-up on the feeder's own thread, so a harvest fetches and stores its next page while
   * Lucene indexes the last one; returns at once. Asking while one is queued adds nothing: the
   * queued one will see every change stored until it starts. Whoever needs the index up to date
   * calls {@link #catchUp}, which waits for a running one and applies the rest. A failure is only
   * logged: the database keeps the changes and the next catch-up applies them.
   */
  void catchUpSoon() {
    if (!queued.compareAndSet(false, true)) return;
    try {
      background.execute(() -> {
        queued.set(false);
        try {
          catchUp();
        } catch (RuntimeException e) {
          log.warn("index catch-up failed; the next one applies the changes: {}", e.toString());
        }
      });
    } catch (java.util.concurrent.RejectedExecutionException e) {
      queued.set(false); // shutting down: the next start catches up from the database
    }
  }

  /** Lets a running catch-up end before the index closes. */
  @PreDestroy
  void stop() throws InterruptedException {
    background.shutdown();
    if (!background.awaitTermination(60, TimeUnit.SECONDS)) log.warn("an index catch-up still runs at shutdown");
  }

  private static IndexedDataset indexed(DatasetStore.Row r, Map<Long, String> sourceNames) {
    List<String> held = r.sourceIds().stream().map(id -> sourceNames.getOrDefault(id, "source " + id)).toList();
    return new IndexedDataset(r.id(), DatasetJson.read(r.json()), held);
  }

  private static boolean gone(DatasetStore.Row r) {
    return r.deleted() || r.json() == null;
  }

  /** Drops the index and feeds it again from the database. */
  public synchronized int rebuild() {
    index.clear();
    return catchUp();
  }
}
