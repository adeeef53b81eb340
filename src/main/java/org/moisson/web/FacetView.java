package org.moisson.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.moisson.search.Facet;
import org.moisson.search.SearchQuery;
import org.moisson.search.SearchResult;

/**
 * A facet as the page shows it: each value with its count, whether active, and the link toggling
 * it. The year facet is a histogram: years in order, each bar's height a share of the largest.
 */
public record FacetView(String name, List<Value> values) {
  public record Value(String value, long count, boolean active, String href, int percent) {}

  public boolean histogram() {
    return Facet.YEAR.param().equals(name);
  }

  static List<FacetView> of(SearchResult result, SearchQuery query, SearchLinks links, Set<Facet> skip) {
    List<FacetView> out = new ArrayList<>();
    for (Facet f : Facet.values()) {
      if (skip.contains(f)) continue;
      List<SearchResult.FacetCount> counts = result.facets().get(f);
      if (counts == null || counts.isEmpty()) continue;
      Set<String> active = query.filters().getOrDefault(f, Set.of());
      List<SearchResult.FacetCount> shown = counts.stream().limit(f == Facet.YEAR ? 40 : 10).toList();
      long max = shown.stream().mapToLong(SearchResult.FacetCount::count).max().orElse(1);
      List<Value> values = new ArrayList<>();
      for (SearchResult.FacetCount c : shown) {
        values.add(new Value(c.value(), c.count(), active.contains(c.value()), links.toggle(f.param(), c.value()),
            (int) Math.max(4, Math.round(100.0 * c.count() / Math.max(1, max)))));
      }
      // An active value the counts no longer list must stay removable.
      for (String a : active) {
        if (values.stream().noneMatch(v -> v.value().equals(a))) values.add(0, new Value(a, 0, true, links.toggle(f.param(), a), 4));
      }
      if (f == Facet.YEAR) values.sort(Comparator.comparing(Value::value));
      out.add(new FacetView(f.param(), values));
    }
    return out;
  }
}
