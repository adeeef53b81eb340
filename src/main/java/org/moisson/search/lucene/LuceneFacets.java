package org.moisson.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.moisson.search.Facet;
import org.moisson.search.SearchResult.FacetCount;

/** Reading facet counts into the port's shape: top values by count, years all and newest first. */
final class LuceneFacets {
  static final int MAX_VALUES = 50;
  private static final Comparator<FacetCount> MOST_FIRST =
      Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value);
  private static final Comparator<FacetCount> NEWEST_YEAR_FIRST =
      Comparator.comparingLong((FacetCount c) -> year(c.value())).reversed();

  private LuceneFacets() {}

  /** The ordinal map over all segments; null while no document has a facet value. */
  static SortedSetDocValuesReaderState state(IndexReader reader, FacetsConfig config) throws IOException {
    try {
      return new DefaultSortedSetDocValuesReaderState(reader, config);
    } catch (IllegalArgumentException noFacetFieldYet) {
      return null;
    }
  }

  static Map<Facet, List<FacetCount>> read(Facets facets, Set<Facet> wanted) throws IOException {
    Map<Facet, List<FacetCount>> out = new EnumMap<>(Facet.class);
    for (Facet f : wanted) out.put(f, facets == null ? List.of() : counts(facets, f));
    return out;
  }

  /** Every requested facet present, empty when nothing is counted. */
  static Map<Facet, List<FacetCount>> empty(Set<Facet> wanted) {
    Map<Facet, List<FacetCount>> out = new EnumMap<>(Facet.class);
    wanted.forEach(f -> out.put(f, List.of()));
    return out;
  }

  private static List<FacetCount> counts(Facets facets, Facet f) throws IOException {
    String dim = LuceneDocuments.dim(f);
    FacetResult r;
    try {
      r = f == Facet.YEAR ? facets.getAllChildren(dim) : facets.getTopChildren(MAX_VALUES, dim);
    } catch (IllegalArgumentException dimensionNeverIndexed) {
      return List.of();
    }
    if (r == null) return List.of();
    List<FacetCount> counts = new ArrayList<>(r.labelValues.length);
    for (LabelAndValue lv : r.labelValues) {
      long n = lv.value.longValue();
      if (n > 0) counts.add(new FacetCount(lv.label, n));
    }
    counts.sort(f == Facet.YEAR ? NEWEST_YEAR_FIRST : MOST_FIRST);
    return List.copyOf(counts.size() > MAX_VALUES && f != Facet.YEAR ? counts.subList(0, MAX_VALUES) : counts);
  }

  private static long year(String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      return Long.MIN_VALUE;
    }
  }
}
