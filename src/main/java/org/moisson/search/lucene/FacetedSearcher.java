package org.moisson.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
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
  private final Map<Facet, List<FacetCount>> everything = new EnumMap<>(Facet.class);

  FacetedSearcher(IndexReader reader, FacetsConfig config) throws IOException {
    super(reader);
    this.states = LuceneFacets.states(reader, config);
  }

  SearchResult run(SearchQuery q, LuceneQueries queries) throws IOException {
    Query base = queries.base(q);
    Map<Facet, Query> filters = queries.filters(q.filters());
    Query main = LuceneQueries.and(base, filters.values());
    boolean unrestricted = LuceneQueries.unrestricted(q);
    Sort sort = LuceneQueries.sort(q);
    int topN = q.offset() + q.size();

    boolean countMain = q.facets().stream().anyMatch(f -> !filters.containsKey(f))
        && !(unrestricted && filters.isEmpty());
    FacetsCollector mainHits = null;
    TopDocs top = null;
    long total;
    if (unrestricted && filters.isEmpty()) {
      // The total is known, so Lucene may stop counting and skip by the sort.
      top = topN == 0 ? null : search(main, new TopFieldCollectorManager(sort, topN, null, topN));
      total = getIndexReader().numDocs();
    } else if (countMain) {
      FacetsCollectorManager facets = new FacetsCollectorManager();
      if (topN == 0) {
        mainHits = search(main, facets);
        total = mainHits.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
      } else {
        Object[] both = search(main, new MultiCollectorManager(facets, exact(sort, topN)));
        mainHits = (FacetsCollector) both[0];
        top = (TopDocs) both[1];
        total = top.totalHits.value;
      }
    } else {
      top = topN == 0 ? null : search(main, exact(sort, topN));
      total = top == null ? count(main) : top.totalHits.value;
    }
    if (top != null && LuceneQueries.scored(q)) TopFieldCollector.populateScores(top.scoreDocs, this, main);

    Map<Facet, List<FacetCount>> counts = new EnumMap<>(Facet.class);
    for (Facet f : q.facets()) {
      if (!filters.containsKey(f)) {
        counts.put(f, mainHits == null ? everything(f) : LuceneFacets.count(f, states.get(f), mainHits));
      } else {
        counts.put(f, sideways(f, base, unrestricted, filters));
      }
    }
    return new SearchResult(total, hits(top, q.offset()), counts);
  }

  /** A facet's counts under every restriction but its own filter. */
  private List<FacetCount> sideways(Facet f, Query base, boolean unrestricted,
      Map<Facet, Query> filters) throws IOException {
    Map<Facet, Query> others = new EnumMap<>(filters);
    others.remove(f);
    if (unrestricted && others.isEmpty()) return everything(f);
    if (states.get(f) == null) return List.of();
    FacetsCollector hits = search(LuceneQueries.and(base, others.values()), new FacetsCollectorManager());
    return LuceneFacets.count(f, states.get(f), hits);
  }

  private List<FacetCount> everything(Facet f) throws IOException {
    synchronized (everything) {
      List<FacetCount> counts = everything.get(f);
      if (counts == null) {
        counts = LuceneFacets.count(f, states.get(f), null);
        everything.put(f, counts);
      }
      return counts;
    }
  }

  /** The threshold that would let Lucene stop counting is never reached: totals are exact. */
  private static TopFieldCollectorManager exact(Sort sort, int topN) {
    return new TopFieldCollectorManager(sort, topN, null, Integer.MAX_VALUE);
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
