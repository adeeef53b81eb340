package org.moisson.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.moisson.search.Facet;
import org.moisson.search.SearchResult.FacetCount;

/**
 * Facets over SortedSet doc values, one field per facet so that a drill-sideways pass counts only
 * its own facet ({@link FacetCounter} counts): top values by count (ties by value), years all and
 * newest first, concepts all (a tree needs every branch) by count.
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

  /**
   * One facet's values and counts from its global counts: the 50 most frequent (ties by value),
   * or every value for years and concepts.
   */
  static List<FacetCount> top(Facet f, SortedSetDocValuesReaderState state, int[] counts) throws IOException {
    if (state == null || counts == null) return List.of();
    OrdRange range = state.getOrdRange(LuceneDocuments.dim(f));
    if (range == null) return List.of();
    boolean all = f == Facet.YEAR || f == Facet.CONCEPT;
    // Ordinals follow the values' order, so the smaller ordinal wins a tie, as the value would.
    PriorityQueue<Long> best = new PriorityQueue<>();
    for (int ord = range.start; ord <= range.end; ord++) {
      if (counts[ord] <= 0) continue;
      best.add(((long) counts[ord] << 32) | (Integer.MAX_VALUE - ord));
      if (!all && best.size() > MAX_VALUES) best.poll();
    }
    SortedSetDocValues labels = state.getDocValues();
    List<FacetCount> out = new ArrayList<>(best.size());
    for (long key : best) {
      int ord = Integer.MAX_VALUE - (int) key;
      String[] path = FacetsConfig.stringToPath(labels.lookupOrd(ord).utf8ToString());
      out.add(new FacetCount(path[path.length - 1], key >>> 32));
    }
    out.sort(f == Facet.YEAR ? NEWEST_YEAR_FIRST : MOST_FIRST);
    return List.copyOf(out);
  }

  private static long year(String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      return Long.MIN_VALUE;
    }
  }
}
