package org.moisson.record;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;

/**
 * One dataset from the descriptions several sources give of it, best source first: each field is
 * taken from the first source that has it, so an original repository's title wins over an
 * aggregator's, while an aggregator still fills what the repository left empty. Identifiers and
 * related resources are the union: every source may know another way to reach the dataset.
 */
public final class DatasetMerge {
  private DatasetMerge() {}

  public static Dataset merge(List<Dataset> bestFirst) {
    if (bestFirst.isEmpty()) throw new IllegalArgumentException("nothing to merge");
    if (bestFirst.size() == 1) return bestFirst.get(0);
    Dataset first = bestFirst.get(0);
    DatasetBuilder b = first.toBuilder();
    set(b.titles, bestFirst, Dataset::titles);
    set(b.descriptions, bestFirst, Dataset::descriptions);
    set(b.creators, bestFirst, Dataset::creators);
    set(b.contributors, bestFirst, Dataset::contributors);
    b.publisher = scalar(bestFirst, Dataset::publisher);
    b.issued = scalar(bestFirst, Dataset::issued);
    b.modified = scalar(bestFirst, Dataset::modified);
    set(b.dates, bestFirst, Dataset::dates);
    b.resourceType = scalar(bestFirst, Dataset::resourceType);
    set(b.keywords, bestFirst, Dataset::keywords);
    set(b.themes, bestFirst, Dataset::themes);
    Spatial spatial = bestFirst.stream().map(Dataset::spatial)
        .filter(s -> !s.footprints().isEmpty() || !s.places().isEmpty()).findFirst().orElse(Spatial.EMPTY);
    replace(b.boxes, spatial.boxes());
    replace(b.points, spatial.points());
    replace(b.polygons, spatial.polygons());
    replace(b.places, spatial.places());
    set(b.temporal, bestFirst, Dataset::temporal);
    b.licence = scalar(bestFirst, Dataset::licence);
    b.accessRights = scalar(bestFirst, Dataset::accessRights);
    set(b.distributions, bestFirst, Dataset::distributions);
    b.landingPage = scalar(bestFirst, Dataset::landingPage);
    union(b.identifiers, bestFirst, Dataset::identifiers);
    union(b.related, bestFirst, Dataset::related);
    set(b.funding, bestFirst, Dataset::funding);
    b.version = scalar(bestFirst, Dataset::version);
    set(b.languages, bestFirst, Dataset::languages);
    return b.build();
  }

  private static <T> T scalar(List<Dataset> all, Function<Dataset, T> field) {
    for (Dataset d : all) {
      T v = field.apply(d);
      if (v != null) return v;
    }
    return null;
  }

  private static <T> void set(List<T> target, List<Dataset> all, Function<Dataset, List<T>> field) {
    for (Dataset d : all) {
      List<T> v = field.apply(d);
      if (!v.isEmpty()) {
        replace(target, v);
        return;
      }
    }
  }

  private static <T> void union(List<T> target, List<Dataset> all, Function<Dataset, List<T>> field) {
    LinkedHashSet<T> u = new LinkedHashSet<>();
    all.forEach(d -> u.addAll(field.apply(d)));
    replace(target, new ArrayList<>(u));
  }

  private static <T> void replace(List<T> target, List<T> values) {
    target.clear();
    target.addAll(values);
  }
}
