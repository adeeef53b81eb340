package org.moisson.search;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The facets a search can count and filter on; param is the name in URLs and JSON. Counts list the
 * 50 most frequent values (ties by value), except {@link #YEAR} (every year, newest first) and
 * {@link #CONCEPT} (every concept, most frequent first, ties by value).
 */
public enum Facet {
  KEYWORD("keyword"),
  TYPE("type"),
  SOURCE("source"),
  PUBLISHER("publisher"),
  LICENCE("licence"),
  YEAR("year"),
  /**
   * Thesaurus concepts by URI, from {@link IndexedDataset#concepts()}, which already holds every
   * ancestor: a filter on a concept matches the datasets classified under it or under any of its
   * descendants. Every value is counted (not only the top ones), so a page can draw the tree.
   */
  CONCEPT("concept");

  private final String param;

  Facet(String param) {
    this.param = param;
  }

  public String param() {
    return param;
  }

  /**
   * The values this facet shows for a dataset, exactly as they are counted and filtered on (a
   * filter matches a stored value exactly). Backends index these rather than deriving their own.
   */
  public List<String> valuesOf(IndexedDataset d) {
    return FacetValues.of(this, d);
  }

  public static Optional<Facet> byParam(String name) {
    return Arrays.stream(values()).filter(f -> f.param.equals(name)).findFirst();
  }
}
