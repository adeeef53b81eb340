package org.moisson.fair;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A dataset's FAIR assessment: every indicator met or not (with what is missing), and per principle
 * the share of its indicators' weight that is met.
 *
 * <pre>{@code
 * FairAssessment a = FairAssessment.of(new FairInput(dataset, Set.of("oai-pmh"), Set.of("datacite")));
 * int findable = a.percent(FairIndicator.Principle.F);
 * }</pre>
 */
public record FairAssessment(List<Result> results) {

  /** One indicator's outcome; missing lists codes of what to add (see fair.missing.* labels). */
  public record Result(FairIndicator indicator, List<String> missing) {
    public boolean met() {
      return missing.isEmpty();
    }
  }

  public static FairAssessment of(FairInput input) {
    List<Result> results = new ArrayList<>();
    for (FairIndicator i : FairIndicator.values()) results.add(new Result(i, List.copyOf(i.missing(input))));
    return new FairAssessment(List.copyOf(results));
  }

  /** Share of the principle's weight met, 0..1. */
  public double score(FairIndicator.Principle p) {
    int total = 0, met = 0;
    for (Result r : results) {
      if (r.indicator().principle() != p) continue;
      total += r.indicator().weight();
      if (r.met()) met += r.indicator().weight();
    }
    return total == 0 ? 0 : (double) met / total;
  }

  public int percent(FairIndicator.Principle p) {
    return (int) Math.round(score(p) * 100);
  }

  public Map<FairIndicator.Principle, Integer> percents() {
    Map<FairIndicator.Principle, Integer> m = new EnumMap<>(FairIndicator.Principle.class);
    for (FairIndicator.Principle p : FairIndicator.Principle.values()) m.put(p, percent(p));
    return m;
  }

  public List<Result> of(FairIndicator.Principle p) {
    return results.stream().filter(r -> r.indicator().principle() == p).toList();
  }

  public List<String> metIds() {
    return results.stream().filter(Result::met).map(r -> r.indicator().id()).toList();
  }
}
