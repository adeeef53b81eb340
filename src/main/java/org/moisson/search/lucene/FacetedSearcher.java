package org.moisson.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.DrillSideways.ConcurrentDrillSidewaysResult;
import org.apache.lucene.facet.DrillSideways.DrillSidewaysResult;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHitCountCollectorManager;
import org.moisson.record.DatasetJson;
import org.moisson.search.Facet;
import org.moisson.search.SearchQuery;
import org.moisson.search.SearchResult;
import org.moisson.search.SearchResult.FacetCount;
import org.moisson.search.SearchResult.Hit;
import org.moisson.search.TextQuery;

/**
 * One point-in-time view of the index with what is costly to build for it: the facet ordinal map,
 * and the counts of the unfiltered search, the landing page everyone opens. Built once per refresh
 * by the SearcherManager, shared by every search until the next one.
 */
final class FacetedSearcher extends IndexSearcher {
  private static final Set<String> HIT_FIELDS =
      Set.of(LuceneDocuments.ID, LuceneDocuments.JSON, LuceneDocuments.SOURCE);

  private final FacetsConfig config;
  private final SortedSetDocValuesReaderState state;
  private final ExecutorService executor;
  private volatile Map<Facet, List<FacetCount>> unfilteredCounts;

  /** @param executor runs the slices of one search, and its facet counts, on several cores */
  FacetedSearcher(IndexReader reader, FacetsConfig config, ExecutorService executor) throws IOException {
    super(reader, executor);
    this.config = config;
    this.executor = executor;
    this.state = LuceneFacets.state(reader, config);
  }

  SearchResult run(SearchQuery q, LuceneQueries queries) throws IOException {
    Query base = queries.base(q);
    DrillDownQuery query = queries.drillDown(base, q.filters());
    Sort sort = LuceneQueries.sort(q);
    int topN = q.offset() + q.size();
    boolean scored = LuceneQueries.scored(q);

    if (q.facets().isEmpty() || state == null) {
      TopDocs top = topN == 0 ? null : search(query, collector(sort, topN));
      long total = top == null ? count(query) : top.totalHits.value;
      if (scored && top != null) TopFieldCollector.populateScores(top.scoreDocs, this, query);
      return result(total, top, q, LuceneFacets.empty(q.facets()));
    }
    if (unfiltered(q)) {
      TopDocs top = topN == 0 ? null : search(query, collector(sort, topN));
      return result(getIndexReader().numDocs(), top, q, pick(unfilteredCounts(), q.facets()));
    }
    DrillSideways sideways = new ParallelDrillSideways(this, config, state, executor);
    if (topN == 0) {
      ConcurrentDrillSidewaysResult<Integer> r =
          sideways.search(query, new TotalHitCountCollectorManager());
      return result(r.collectorResult, null, q, LuceneFacets.read(r.facets, q.facets()));
    }
    DrillSidewaysResult r = sideways.search(query, null, null, topN, sort, scored);
    return result(r.hits.totalHits.value, r.hits, q, LuceneFacets.read(r.facets, q.facets()));
  }

  /** Totals are exact: the threshold that lets Lucene stop counting is never reached. */
  private static TopFieldCollectorManager collector(Sort sort, int topN) {
    return new TopFieldCollectorManager(sort, topN, null, Integer.MAX_VALUE);
  }

  private static boolean unfiltered(SearchQuery q) {
    return q.parsed() instanceof TextQuery.All && q.filters().isEmpty() && q.bbox() == null
        && q.start() == null && q.end() == null;
  }

  private Map<Facet, List<FacetCount>> unfilteredCounts() throws IOException {
    Map<Facet, List<FacetCount>> counts = unfilteredCounts;
    if (counts == null) {
      // Without a collector the counts walk the doc values of every live document directly.
      counts = LuceneFacets.read(new SortedSetDocValuesFacetCounts(state), EnumSet.allOf(Facet.class));
      unfilteredCounts = counts;
    }
    return counts;
  }

  private static Map<Facet, List<FacetCount>> pick(Map<Facet, List<FacetCount>> all, Set<Facet> wanted) {
    Map<Facet, List<FacetCount>> out = LuceneFacets.empty(wanted);
    wanted.forEach(f -> out.put(f, all.getOrDefault(f, List.of())));
    return out;
  }

  private SearchResult result(long total, TopDocs top, SearchQuery q,
      Map<Facet, List<FacetCount>> facets) throws IOException {
    List<Hit> hits = new ArrayList<>();
    if (top != null) {
      StoredFields stored = storedFields();
      ScoreDoc[] docs = top.scoreDocs;
      for (int i = q.offset(); i < docs.length; i++) {
        Document doc = stored.document(docs[i].doc, HIT_FIELDS);
        float score = Float.isNaN(docs[i].score) ? 0f : docs[i].score;
        hits.add(new Hit(doc.get(LuceneDocuments.ID), DatasetJson.read(doc.get(LuceneDocuments.JSON)),
            Arrays.asList(doc.getValues(LuceneDocuments.SOURCE)), score));
      }
    }
    return new SearchResult(total, List.copyOf(hits), facets);
  }
}
