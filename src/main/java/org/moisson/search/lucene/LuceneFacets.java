package org.moisson.search.lucene;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.ConcurrentSortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.moisson.search.Facet;
import org.moisson.search.SearchResult.FacetCount;

/**
 * Facet counting over SortedSet doc values, one field per facet so that a drill-sideways pass
 * counts only its own facet: top values by count (ties by value), years all and newest first,
 * concepts all (a tree needs every branch) by count.
 */
final class LuceneFacets {
  static final int MAX_VALUES = 50;
  private static final Comparator<FacetCount> MOST_FIRST =
      Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value);
  private static final Comparator<FacetCount> NEWEST_YEAR_FIRST =
      Comparator.comparingLong((FacetCount c) -> year(c.value())).reversed();

  private LuceneFacets() {}

  /**
   * The ordinal maps over all segments, costly to build, so built once per searcher; a facet no
   * document has a value for yet is absent.
   */
  static Map<Facet, SortedSetDocValuesReaderState> states(IndexReader reader, FacetsConfig config)
      throws IOException {
    Map<Facet, SortedSetDocValuesReaderState> states = new EnumMap<>(Facet.class);
    for (Facet f : Facet.values()) {
      try {
        states.put(f, new DefaultSortedSetDocValuesReaderState(reader, LuceneDocuments.facetField(f), config));
      } catch (IllegalArgumentException noValueIndexedYet) {
        // absent: counted as empty
      }
    }
    return states;
  }

  /** Counts of one facet over the collected documents, or over every live document when hits is null. */
  static List<FacetCount> count(Facet f, SortedSetDocValuesReaderState state, FacetsCollector hits,
      ExecutorService pool) throws IOException {
    if (state == null) return List.of();
    Facets counts = counter(state, hits, pool);
    String dim = LuceneDocuments.dim(f);
    FacetResult r;
    try {
      r = f == Facet.YEAR || f == Facet.CONCEPT ? counts.getAllChildren(dim) : counts.getTopChildren(MAX_VALUES, dim);
    } catch (IllegalArgumentException dimensionNotInThisReader) {
      return List.of();
    }
    if (r == null) return List.of();
    List<FacetCount> out = new ArrayList<>(r.labelValues.length);
    for (LabelAndValue lv : r.labelValues) {
      long n = lv.value.longValue();
      if (n > 0) out.add(new FacetCount(lv.label, n));
    }
    out.sort(f == Facet.YEAR ? NEWEST_YEAR_FIRST : MOST_FIRST);
    return List.copyOf(out);
  }

  /** Segments are counted in parallel when the index has several and the searcher has threads. */
  private static Facets counter(SortedSetDocValuesReaderState state, FacetsCollector hits,
      ExecutorService pool) throws IOException {
    if (pool == null || state.getReader().leaves().size() < 2) {
      return hits == null ? new SortedSetDocValuesFacetCounts(state) : new SortedSetDocValuesFacetCounts(state, hits);
    }
    try {
      return hits == null ? new ConcurrentSortedSetDocValuesFacetCounts(state, pool)
          : new ConcurrentSortedSetDocValuesFacetCounts(state, hits, pool);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("facet counting interrupted");
    }
  }

  private static long year(String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      return Long.MIN_VALUE;
    }
  }
}
