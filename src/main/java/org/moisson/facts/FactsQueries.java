package org.moisson.facts;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.moisson.fair.FairAssessment;
import org.moisson.fair.FairInput;
import org.moisson.record.Dataset;
import org.moisson.record.RelatedResource;
import org.moisson.store.DatasetStore;
import org.springframework.stereotype.Service;

/**
 * What pages and the API read from the facts: FAIR averages per source and the datasets that point
 * to a dataset. Each read first applies the latest dataset changes (a bounded number), so a dataset
 * harvested a moment ago is already counted.
 */
@Service
public class FactsQueries {
  private static final int FRESHEN = 2_000;

  private final FactsStore store;
  private final FactsFeeder feeder;
  private final DatasetStore datasets;

  FactsQueries(FactsStore store, FactsFeeder feeder, DatasetStore datasets) {
    this.datasets = datasets;
    this.store = store;
    this.feeder = feeder;
  }

  /** A source's FAIR averages (0..1) over its datasets, and per indicator how many of them meet it. */
  public record SourceFair(long sourceId, long datasets, double f, double a, double i, double r,
      Map<String, Long> indicatorsMet) {}

  /** A dataset whose related identifiers name this one: relationType is as that dataset states it. */
  public record Pointer(String datasetId, String relationType, String title, String resourceType) {}

  /** Brings the facts (FAIR scores, relations, themes) up to the latest changes, within a bound. */
  public void freshen() {
    feeder.catchUp(FRESHEN);
  }

  public List<SourceFair> fairBySource() {
    feeder.catchUp(FRESHEN);
    return store.sourceAverages(null);
  }

  public SourceFair fairOf(long sourceId) {
    feeder.catchUp(FRESHEN);
    return store.sourceAverages(sourceId).stream().findFirst()
        .orElse(new SourceFair(sourceId, 0, 0, 0, 0, 0, Map.of()));
  }

  public List<Pointer> pointingTo(String datasetId) {
    feeder.catchUp(FRESHEN);
    return store.pointingTo(datasetId, 200);
  }

  /** The dataset's FAIR assessment, from its metadata and the formats and protocols of its records. */
  public FairAssessment fair(String datasetId, Dataset d) {
    Set<String>[] fp = store.formatsAndProtocols(List.of(datasetId)).get(datasetId);
    return FairAssessment.of(new FairInput(d, fp == null ? Set.of() : fp[1], fp == null ? Set.of() : fp[0]));
  }

  /**
   * The related resources the catalogue itself holds, each with [dataset id, title]; the dataset
   * itself (a record relating to its own DOI) is left out.
   */
  public Map<RelatedResource, String[]> inCatalogue(String selfId, List<RelatedResource> related) {
    Map<RelatedResource, String> keys = new java.util.LinkedHashMap<>();
    for (RelatedResource r : related) {
      String k = FactsFeeder.keyOf(r);
      if (k != null) keys.put(r, k);
    }
    Map<String, String> byKey = datasets.byKeys(new java.util.HashSet<>(keys.values()));
    Map<String, String[]> titles = store.titles(byKey.values());
    Map<RelatedResource, String[]> out = new java.util.HashMap<>();
    keys.forEach((r, k) -> {
      String target = byKey.get(k);
      String[] t = target == null || target.equals(selfId) ? null : titles.get(target);
      if (t != null) out.put(r, new String[] {target, t[0]});
    });
    return out;
  }

  /** Title and resource type ([title, type]) of live datasets, by id. */
  public Map<String, String[]> titles(java.util.Collection<String> ids) {
    return store.titles(ids);
  }
}
