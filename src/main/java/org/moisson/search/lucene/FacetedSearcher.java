package org.moisson.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.moisson.record.DatasetJson;
import org.moisson.search.Facet;
import org.moisson.search.SearchQuery;
import org.moisson.search.SearchResult;
import org.moisson.search.SearchResult.FacetCount;
import org.moisson.search.SearchResult.Hit;

/**
 * One point-in-time view of the index with what is costly to build for it: the facet ordinal
 * maps, and the counts over every document (the landing page, and the sideways counts of a
 * first facet choice). Built by the SearcherManager at each refresh and shared until the next.
 *
 * <p>Drill-sideways is done as separate passes rather than with Lucene's DrillSideways, whose
 * scorer walks every document the base query matches; here a facet's sideways pass is the base
 * and the other facets' filters, so selective filters lead, and it counts only its own field.
 */
final class FacetedSearcher extends IndexSearcher {
  private static final Set<String> HIT_FIELDS =
      Set.of(LuceneDocuments.ID, LuceneDocuments.JSON, LuceneDocuments.SOURCE);

  private final Map<Facet, SortedSetDocValuesReaderState> states;
  private final FacetCounter counter;
  private Map<Facet, List<FacetCount>> everything;

  /** @param pool runs the segments of one search in parallel; null for one thread per search */
  FacetedSearcher(IndexReader reader, FacetsConfig config, FacetColumns columns, ExecutorService pool)
      throws IOException {
    super(reader, pool);
    this.states = LuceneFacets.states(reader, config);
    this.counter = new FacetCounter(reader, states, columns, pool);
  }

  /** The main pass: total, the page's top documents, and the hits to count facets on if asked. */
  private record Main(long total, TopDocs top, FacetsCollector hits) {}

  SearchResult run(SearchQuery q, LuceneQueries queries) throws IOException {
    Query base = queries.base(q);
    Map<Facet, Query> filters = queries.filters(q.filters());
    boolean unrestricted = LuceneQueries.unrestricted(q);
    boolean matchesAll = unrestricted && filters.isEmpty();
    boolean countMain = !matchesAll && q.facets().stream().anyMatch(f -> !filters.containsKey(f));
    Main main = matchesAll ? everyDocument(q) : main(LuceneQueries.and(base, filters.values()), q, countMain);

    Set<Facet> onMain = EnumSet.noneOf(Facet.class);
    q.facets().stream().filter(f -> !filters.containsKey(f)).forEach(onMain::add);
    Map<Facet, List<FacetCount>> mainCounts = onMain.isEmpty() ? Map.of()
        : main.hits() == null ? everything() : counts(onMain, main.hits()); // null hits: only when matchesAll
    Map<Facet, List<FacetCount>> counts = new EnumMap<>(Facet.class);
    for (Facet f : q.facets()) {
      counts.put(f, filters.containsKey(f) ? sideways(f, base, unrestricted, filters) : mainCounts.get(f));
    }
    return new SearchResult(main.total(), hits(main.top(), q.offset()), counts);
  }

  /** The total is known, so Lucene may stop counting and skip documents the sort rules out. */
  private Main everyDocument(SearchQuery q) throws IOException {
    int topN = q.offset() + q.size();
    TopDocs top = topN == 0 ? null : search(new MatchAllDocsQuery(),
        new TopFieldCollectorManager(LuceneQueries.sort(q), topN, null, topN, getSlices().length > 1));
    return new Main(getIndexReader().numDocs(), top, null);
  }

  private Main main(Query query, SearchQuery q, boolean collectForFacets) throws IOException {
    int topN = q.offset() + q.size();
    Main main;
    if (collectForFacets && topN == 0) {
      FacetsCollector hits = search(query, new FacetsCollectorManager());
      main = new Main(hits.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum(), null, hits);
    } else if (collectForFacets) {
      Object[] both = search(query, new MultiCollectorManager(new FacetsCollectorManager(), exact(q, topN)));
      TopDocs top = (TopDocs) both[1];
      main = new Main(top.totalHits.value, top, (FacetsCollector) both[0]);
    } else if (topN == 0) {
      main = new Main(count(query), null, null);
    } else {
      TopDocs top = search(query, exact(q, topN));
      main = new Main(top.totalHits.value, top, null);
    }
    if (main.top() != null && LuceneQueries.scored(q)) {
      TopFieldCollector.populateScores(main.top().scoreDocs, this, query);
    }
    return main;
  }

  /** A facet's counts under every restriction but its own filter. */
  private List<FacetCount> sideways(Facet f, Query base, boolean unrestricted,
      Map<Facet, Query> filters) throws IOException {
    Map<Facet, Query> others = new EnumMap<>(filters);
    others.remove(f);
    if (unrestricted && others.isEmpty()) return everything().get(f);
    if (states.get(f) == null) return List.of();
    FacetsCollector hits = search(LuceneQueries.and(base, others.values()), new FacetsCollectorManager());
    return counts(EnumSet.of(f), hits).get(f);
  }

  /** Every facet over every document, counted once for this view. */
  private synchronized Map<Facet, List<FacetCount>> everything() throws IOException {
    if (everything == null) everything = counts(EnumSet.allOf(Facet.class), null);
    return everything;
  }

  private Map<Facet, List<FacetCount>> counts(Set<Facet> facets, FacetsCollector hits) throws IOException {
    Map<Facet, int[]> counted = counter.count(facets, hits);
    Map<Facet, List<FacetCount>> out = new EnumMap<>(Facet.class);
    for (Facet f : facets) out.put(f, LuceneFacets.top(f, states.get(f), counted.get(f)));
    return out;
  }

  /** The threshold that would let Lucene stop counting is never reached: totals are exact. */
  private TopFieldCollectorManager exact(SearchQuery q, int topN) {
    return new TopFieldCollectorManager(LuceneQueries.sort(q), topN, null, Integer.MAX_VALUE,
        getSlices().length > 1);
  }

  private List<Hit> hits(TopDocs top, int offset) throws IOException {
    if (top == null) return List.of();
    List<Hit> hits = new ArrayList<>();
    StoredFields stored = storedFields();
    ScoreDoc[] docs = top.scoreDocs;
    for (int i = offset; i < docs.length; i++) {
      Document doc = stored.document(docs[i].doc, HIT_FIELDS);
      float score = Float.isNaN(docs[i].score) ? 0f : docs[i].score;
      hits.add(new Hit(doc.get(LuceneDocuments.ID), DatasetJson.read(doc.get(LuceneDocuments.JSON)),
          Arrays.asList(doc.getValues(LuceneDocuments.SOURCE)), score));
    }
    return List.copyOf(hits);
  }
}
