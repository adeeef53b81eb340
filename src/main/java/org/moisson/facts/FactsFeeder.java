package org.moisson.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.moisson.fair.FairAssessment;
import org.moisson.fair.FairIndicator;
import org.moisson.fair.FairInput;
import org.moisson.harvest.DatasetIds;
import org.moisson.record.Dataset;
import org.moisson.record.DatasetJson;
import org.moisson.record.Identifier;
import org.moisson.record.RelatedResource;
import org.moisson.store.DatasetStore;
import org.moisson.vocabulary.ConceptTree;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the facts tables (FAIR scores, related identifier keys) in step with the datasets, the way
 * the search index is: by following dataset.seq from a watermark stored with the facts, in one
 * transaction, so a crash never leaves facts and watermark apart. Runs every two seconds and before
 * reads that need it (bounded, so a page never waits for a whole catalogue).
 */
@Component
class FactsFeeder {
  private static final Logger log = LoggerFactory.getLogger(FactsFeeder.class);
  private static final int BATCH = 500;

  private final DatasetStore datasets;
  private final FactsStore store;
  private final TransactionTemplate tx;
  private final boolean benchmark;
  private final ConceptTree concepts;

  FactsFeeder(DatasetStore datasets, FactsStore store, TransactionTemplate tx, ConceptTree concepts,
      @Value("${moisson.bench:}") String benchSizes) {
    this.concepts = concepts;
    this.datasets = datasets;
    this.store = store;
    this.tx = tx;
    this.benchmark = !benchSizes.isBlank();
  }

  @Scheduled(fixedDelayString = "2s", initialDelayString = "2s")
  void scheduled() {
    // The benchmark times the harvest path on two cores; following it here would skew what it measures.
    if (benchmark) return;
    try {
      catchUp(Integer.MAX_VALUE);
    } catch (RuntimeException e) {
      log.warn("facts catch-up failed, will retry: {}", e.getMessage());
    }
  }

  /** Applies up to about max changed datasets; returns how many were applied. */
  synchronized int catchUp(int max) {
    int done = 0;
    while (done < max) {
      Integer n = tx.execute(s -> step());
      if (n == null || n == 0) break;
      done += n;
    }
    return done;
  }

  private int step() {
    if (!store.tryLock()) return 0;
    long wm = store.watermark();
    List<DatasetStore.Row> rows = datasets.changesAfter(wm, BATCH);
    if (rows.isEmpty()) return 0;
    List<String> ids = rows.stream().map(DatasetStore.Row::id).distinct().toList();
    List<String> live = rows.stream().filter(r -> !r.deleted() && r.json() != null).map(DatasetStore.Row::id).toList();
    Map<String, Set<String>[]> fp = store.formatsAndProtocols(live);
    List<FactsStore.Score> scores = new ArrayList<>();
    List<FactsStore.Key> keys = new ArrayList<>();
    List<FactsStore.Theme> themes = new ArrayList<>();
    // A dataset changed twice in the batch: its last row is its state.
    Map<String, DatasetStore.Row> last = new java.util.LinkedHashMap<>();
    rows.forEach(r -> last.put(r.id(), r));
    for (DatasetStore.Row r : last.values()) {
      if (r.deleted() || r.json() == null) continue;
      Dataset d = DatasetJson.read(r.json());
      concepts.themeSlugs(d).forEach(slug -> themes.add(new FactsStore.Theme(r.id(), slug)));
      Set<String>[] v = fp.get(r.id());
      FairAssessment a = FairAssessment.of(new FairInput(d, v == null ? Set.of() : v[1], v == null ? Set.of() : v[0]));
      scores.add(new FactsStore.Score(r.id(), a.score(FairIndicator.Principle.F), a.score(FairIndicator.Principle.A),
          a.score(FairIndicator.Principle.I), a.score(FairIndicator.Principle.R), a.metIds(), r.sourceIds()));
      Set<String> seen = new java.util.HashSet<>();
      for (RelatedResource rel : d.related()) {
        String key = keyOf(rel);
        if (key != null && seen.add(key + "\n" + rel.relationType())) {
          keys.add(new FactsStore.Key(r.id(), key, rel.relationType(), rel.resourceType()));
        }
      }
    }
    store.replace(ids, scores, keys);
    store.replaceThemes(live, themes);
    store.setWatermark(rows.get(rows.size() - 1).seq());
    return rows.size();
  }

  /** The identifier_key form of a related identifier, so it meets the keys of the datasets it names. */
  static String keyOf(RelatedResource r) {
    Identifier i = Identifier.parse(r.identifier(), r.identifierType());
    return DatasetIds.keyOf(i);
  }
}
