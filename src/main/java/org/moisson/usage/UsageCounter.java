package org.moisson.usage;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts views of dataset pages and clicks to sources per dataset and day (UTC), in memory, and
 * writes the counts every two seconds (and at shutdown) as one batch: a busy page costs no write
 * per view, and a crash loses at most two seconds of counts. Nothing about the visitor is kept.
 */
@Component
public class UsageCounter {
  private static final Logger log = LoggerFactory.getLogger(UsageCounter.class);

  record Key(String datasetId, LocalDate day) {}

  /** Pending counts: [views, clicks]. merge and remove are atomic per key, so no count is lost to a flush. */
  private final ConcurrentHashMap<Key, long[]> pending = new ConcurrentHashMap<>();
  /** Counts being written: still shown by {@link #counts} until the database has them. */
  private final ConcurrentHashMap<Key, long[]> inFlight = new ConcurrentHashMap<>();
  private final UsageStore store;
  private final Clock clock;

  UsageCounter(UsageStore store) {
    this.store = store;
    this.clock = Clock.systemUTC();
  }

  /** Views and clicks of a dataset: since counting began, and over the last 30 days. */
  public record Counts(long views, long clicks, long views30, long clicks30) {}

  public void view(String datasetId) {
    add(datasetId, 1, 0);
  }

  public void click(String datasetId) {
    add(datasetId, 0, 1);
  }

  private void add(String datasetId, long views, long clicks) {
    pending.merge(new Key(datasetId, LocalDate.now(clock)), new long[] {views, clicks},
        (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
  }

  /** Stored counts plus those not written yet, so a page shows its own view at once. */
  public Counts counts(String datasetId) {
    long[] stored = store.totals(datasetId, LocalDate.now(clock).minusDays(29));
    long v = stored[0], c = stored[1], v30 = stored[2], c30 = stored[3];
    for (var map : List.of(pending, inFlight)) {
      for (var e : map.entrySet()) {
        if (!e.getKey().datasetId().equals(datasetId)) continue;
        v += e.getValue()[0];
        c += e.getValue()[1];
        v30 += e.getValue()[0];
        c30 += e.getValue()[1];
      }
    }
    return new Counts(v, c, v30, c30);
  }

  @Scheduled(fixedDelayString = "2s", initialDelayString = "2s")
  @PreDestroy
  public synchronized void flush() {
    if (pending.isEmpty()) return;
    for (Key k : pending.keySet()) {
      // Moved under the key's lock: a count is always in one of the two maps, never lost between them.
      pending.computeIfPresent(k, (key, v) -> {
        inFlight.merge(key, v, (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
        return null;
      });
    }
    List<UsageStore.Row> rows = new ArrayList<>();
    inFlight.forEach((k, v) -> rows.add(new UsageStore.Row(k.datasetId(), k.day(), v[0], v[1])));
    try {
      store.add(rows);
      inFlight.clear();
    } catch (RuntimeException e) {
      inFlight.clear();
      // Put them back: the next flush tries again.
      rows.forEach(r -> pending.merge(new Key(r.datasetId(), r.day()), new long[] {r.views(), r.clicks()},
          (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]}));
      log.warn("usage counts not written, will retry: {}", e.getMessage());
    }
  }
}
