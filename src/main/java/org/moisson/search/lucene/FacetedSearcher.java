package org.moisson.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
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
  private final ExecutorService pool;
  private final Map<Facet, List<FacetCount>> everything = new EnumMap<>(Facet.class);

  /** @param pool runs the segments of one search in parallel; null for one thread per search */
  FacetedSearcher(IndexReader reader, FacetsConfig config, ExecutorService pool) throws IOException {
    super(reader, pool);
    this.pool = pool;
    this.states = LuceneFacets.states(reader, config);
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

    Map<Facet, List<FacetCount>> counts = new EnumMap<>(Facet.class);
    for (Facet f : q.facets()) {
      if (filters.containsKey(f)) counts.put(f, sideways(f, base, unrestricted, filters));
      else if (main.hits() == null) counts.put(f, everything(f)); // only when matchesAll
      else counts.put(f, LuceneFacets.count(f, states.get(f), main.hits(), pool));
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
    if (unrestricted && others.isEmpty()) return everything(f);
    if (states.get(f) == null) return List.of();
    FacetsCollector hits = search(LuceneQueries.and(base, others.values()), new FacetsCollectorManager());
    return LuceneFacets.count(f, states.get(f), hits, pool);
  }

  private List<FacetCount> everything(Facet f) throws IOException {
    synchronized (everything) {
      List<FacetCount> counts = everything.get(f);
      if (counts == null) {
        counts = LuceneFacets.count(f, states.get(f), null, pool);
        everything.put(f, counts);
      }
      return counts;
    }
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
