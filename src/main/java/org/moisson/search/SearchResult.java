package org.moisson.search;

import java.util.List;
import java.util.Map;
import org.moisson.record.Dataset;

/** One page of hits, the total, and for each requested facet its values with counts (most first). */
public record SearchResult(long total, List<Hit> hits, Map<Facet, List<FacetCount>> facets) {

  public record Hit(String id, Dataset dataset, List<String> sources, float score) {}

  public record FacetCount(String value, long count) {}
}
