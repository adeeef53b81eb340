package org.moisson.search.lucene;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.facet.sortedset.ConcurrentSortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.ThreadInterruptedException;

/**
 * Drill sideways whose facet counts, a third of a broad search, are counted one segment per
 * core. The queries themselves are spread by the searcher over its slices; DrillSideways gets no
 * executor of its own, so no pool thread ever waits on work queued behind it.
 */
final class ParallelDrillSideways extends DrillSideways {
  private final ExecutorService executor;

  ParallelDrillSideways(IndexSearcher searcher, FacetsConfig config, SortedSetDocValuesReaderState state,
      ExecutorService executor) {
    super(searcher, config, null, state);
    this.executor = executor;
  }

  /** As {@link DrillSideways#buildFacetsResult} does for sorted-set facets, counting in parallel. */
  @Override
  protected Facets buildFacetsResult(FacetsCollector drillDowns, FacetsCollector[] drillSideways,
      String[] drillSidewaysDims) throws IOException {
    Facets down = drillDowns == null ? null : counts(drillDowns);
    Map<String, Facets> sideways = new HashMap<>();
    if (drillSideways != null) {
      for (int i = 0; i < drillSideways.length; i++) sideways.put(drillSidewaysDims[i], counts(drillSideways[i]));
    }
    return sideways.isEmpty() ? down : new MultiFacets(sideways, down);
  }

  private Facets counts(FacetsCollector hits) throws IOException {
    try {
      return new ConcurrentSortedSetDocValuesFacetCounts(state, hits, executor);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ThreadInterruptedException(e);
    }
  }
}
