package org.moisson.harvest;

import java.util.List;
import java.util.Map;
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
