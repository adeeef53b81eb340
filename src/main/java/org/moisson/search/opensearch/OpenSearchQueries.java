package org.moisson.search.opensearch;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.moisson.record.BoundingBox;
import org.moisson.search.Facet;
import org.moisson.search.SearchQuery;
import org.moisson.search.SortOrder;
import org.moisson.search.TextQuery;
import org.moisson.search.lucene.SharedAnalysis;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a {@link SearchQuery} into a search request body, clause for clause as the Lucene backend
 * builds its queries ({@code LuceneQueries}): a word or phrase is a dis_max over the English and
 * French fields, titles boosted; a word either language drops as a stop word is left out.
 *
 * <p>Facets count drill-sideways in the same request: the query is text, box and period only, the
 * facet filters go to post_filter (they restrict the hits, not the aggregations), and each facet's
 * aggregation is wrapped in the filters of the other facets.
 */
final class OpenSearchQueries {
  static final int MAX_VALUES = 50;
  /** Facets counted in full (years, concepts) list this many values at most. */
  static final int MAX_ALL = 50_000;
  private static final double TITLE_BOOST = 3;
  private static final double TIE_BREAKER = 0.1;

  private OpenSearchQueries() {}

  static ObjectNode search(SearchQuery q) {
    ObjectNode body = obj();
    body.put("from", q.offset());
    body.put("size", q.size());
    body.put("track_total_hits", true);
    body.put("track_scores", scored(q));
    body.set("query", base(q));
    body.set("sort", sort(q));
    body.putArray("_source").add(OpenSearchMapping.ID).add(OpenSearchMapping.JSON).add(OpenSearchMapping.SOURCES);
    Map<Facet, ObjectNode> filters = filters(q);
    if (!filters.isEmpty()) body.set("post_filter", and(new ArrayList<>(filters.values())));
    if (!q.facets().isEmpty()) {
      ObjectNode aggs = body.putObject("aggs");
      for (Facet f : q.facets()) {
        Map<Facet, ObjectNode> others = new EnumMap<>(filters);
        others.remove(f);
        ObjectNode terms = terms(f);
        if (others.isEmpty()) {
          aggs.set(f.param(), terms);
        } else {
          ObjectNode wrapped = aggs.putObject(f.param());
          wrapped.set("filter", and(new ArrayList<>(others.values())));
          wrapped.putObject("aggs").set("values", terms);
        }
      }
    }
    return body;
  }

  /** Every match, ids only, in pages sorted by id (for iterating with search_after). */
  static ObjectNode all(SearchQuery q, int pageSize) {
    ObjectNode body = obj();
    body.put("size", pageSize);
    body.put("track_total_hits", false);
    body.put("_source", false);
    List<ObjectNode> clauses = new ArrayList<>(filters(q).values());
    clauses.add(0, base(q));
    body.set("query", and(clauses));
    body.putArray("sort").addObject().putObject(OpenSearchMapping.ID).put("order", "asc");
    return body;
  }

  private static ObjectNode terms(Facet f) {
    ObjectNode agg = obj();
    ObjectNode t = agg.putObject("terms");
    t.put("field", OpenSearchMapping.facetField(f));
    if (f == Facet.YEAR || f == Facet.CONCEPT) { // every year, every concept (a tree needs each branch)
      t.put("size", MAX_ALL);
    } else {
      t.put("size", MAX_VALUES);
      ArrayNode order = t.putArray("order");
      order.addObject().put("_count", "desc");
      order.addObject().put("_key", "asc");
    }
    return agg;
  }

  static boolean scored(SearchQuery q) {
    return q.sort() == SortOrder.RELEVANCE && !(q.parsed() instanceof TextQuery.All);
  }

  private static ArrayNode sort(SearchQuery q) {
    ArrayNode s = OpenSearchHttp.JSON.createArrayNode();
    if (q.sort() == SortOrder.TITLE) {
      s.addObject().putObject(OpenSearchMapping.TITLE_SORT).put("order", "asc").put("missing", "_last");
    } else {
      if (scored(q)) s.addObject().putObject("_score").put("order", "desc");
      s.addObject().putObject(OpenSearchMapping.DATE).put("order", "desc").put("missing", "_last");
    }
    s.addObject().putObject(OpenSearchMapping.ID).put("order", "asc");
    return s;
  }

  /** Text, box and period, without the facet filters. */
  static ObjectNode base(SearchQuery q) {
    ObjectNode text = text(q.parsed());
    if (q.bbox() == null && q.start() == null && q.end() == null) return text;
    ObjectNode bool = obj();
    ObjectNode b = bool.putObject("bool");
    b.putArray("must").add(text);
    ArrayNode filter = b.putArray("filter");
    if (q.bbox() != null) filter.add(bbox(q.bbox()));
    if (q.start() != null || q.end() != null) {
      ObjectNode range = filter.addObject().putObject("range").putObject(OpenSearchMapping.TIME);
      if (q.start() != null) range.put("gte", q.start().toEpochDay());
      if (q.end() != null) range.put("lte", q.end().toEpochDay());
      range.put("relation", "intersects");
    }
    return bool;
  }

  /** Per facet, its values ORed, exact. */
  static Map<Facet, ObjectNode> filters(SearchQuery q) {
    Map<Facet, ObjectNode> out = new EnumMap<>(Facet.class);
    q.filters().forEach((facet, values) -> {
      ObjectNode terms = obj();
      ArrayNode list = terms.putObject("terms").putArray(OpenSearchMapping.facetField(facet));
      values.stream().filter(v -> v != null && !v.isEmpty()).forEach(list::add);
      out.put(facet, terms);
    });
    return out;
  }

  private static ObjectNode and(List<ObjectNode> clauses) {
    if (clauses.size() == 1) return clauses.get(0);
    ObjectNode bool = obj();
    ArrayNode filter = bool.putObject("bool").putArray("filter");
    clauses.forEach(filter::add);
    return bool;
  }

  static ObjectNode text(TextQuery t) {
    if (t instanceof TextQuery.All) return matchAll();
    ObjectNode q = convert(t);
    return q == null ? matchNone() : q;
  }

  private static ObjectNode convert(TextQuery t) {
    if (t instanceof TextQuery.Term term) return words(term.word(), true);
    if (t instanceof TextQuery.Phrase phrase) return words(String.join(" ", phrase.words()), false);
    if (t instanceof TextQuery.Not not) return allExcept(convert(not.clause()));
    if (t instanceof TextQuery.Or or) return or(or.clauses());
    if (t instanceof TextQuery.And and) return all(and.clauses());
    return matchAll();
  }

  private static ObjectNode all(List<TextQuery> clauses) {
    ObjectNode bool = obj();
    ObjectNode b = bool.putObject("bool");
    boolean positive = false;
    boolean any = false;
    for (TextQuery c : clauses) {
      boolean negated = c instanceof TextQuery.Not;
      ObjectNode q = convert(negated ? ((TextQuery.Not) c).clause() : c);
      if (q == null) continue;
      (negated ? array(b, "must_not") : array(b, "must")).add(q);
      positive |= !negated;
      any = true;
    }
    if (!any) return null;
    if (!positive) array(b, "must").add(matchAll());
    return bool;
  }

  private static ObjectNode or(List<TextQuery> clauses) {
    List<ObjectNode> parts = new ArrayList<>();
    for (TextQuery c : clauses) {
      ObjectNode q = convert(c);
      if (q != null) parts.add(q);
    }
    if (parts.size() <= 1) return parts.isEmpty() ? null : parts.get(0);
    ObjectNode bool = obj();
    ObjectNode b = bool.putObject("bool");
    ArrayNode should = b.putArray("should");
    parts.forEach(should::add);
    b.put("minimum_should_match", 1);
    return bool;
  }

  private static ObjectNode allExcept(ObjectNode q) {
    if (q == null) return null;
    ObjectNode bool = obj();
    ObjectNode b = bool.putObject("bool");
    b.putArray("must").add(matchAll());
    b.putArray("must_not").add(q);
    return bool;
  }

  /**
   * One word (which analysis may still split into a phrase) or a phrase, in every text field. A
   * word is dropped when either language drops it; a phrase only when both do. Which words a
   * language drops is decided by the Lucene chains the index settings mirror.
   */
  private static ObjectNode words(String text, boolean single) {
    boolean en = SharedAnalysis.keepsAnyWord("en", text);
    boolean fr = SharedAnalysis.keepsAnyWord("fr", text);
    if (single ? !en || !fr : !en && !fr) return null;
    ObjectNode dismax = obj();
    ObjectNode d = dismax.putObject("dis_max");
    d.put("tie_breaker", TIE_BREAKER);
    ArrayNode queries = d.putArray("queries");
    if (en) {
      queries.add(phrase(OpenSearchMapping.TEXT_EN, text, 1));
      queries.add(phrase(OpenSearchMapping.TITLE_EN, text, TITLE_BOOST));
    }
    if (fr) {
      queries.add(phrase(OpenSearchMapping.TEXT_FR, text, 1));
      queries.add(phrase(OpenSearchMapping.TITLE_FR, text, TITLE_BOOST));
    }
    return dismax;
  }

  private static ObjectNode phrase(String field, String text, double boost) {
    ObjectNode q = obj();
    ObjectNode p = q.putObject("match_phrase").putObject(field);
    p.put("query", text);
    if (boost != 1) p.put("boost", boost);
    return q;
  }

  /** Footprints intersecting the box; one across the antimeridian is searched as its two halves. */
  static ObjectNode bbox(BoundingBox box) {
    List<double[][]> halves = SharedAnalysis.halves(box);
    if (halves.size() == 1) return intersects(halves.get(0));
    ObjectNode bool = obj();
    ObjectNode b = bool.putObject("bool");
    ArrayNode should = b.putArray("should");
    halves.forEach(h -> should.add(intersects(h)));
    b.put("minimum_should_match", 1);
    return bool;
  }

  private static ObjectNode intersects(double[][] half) {
    ObjectNode q = obj();
    ObjectNode g = q.putObject("geo_shape").putObject(OpenSearchMapping.BBOX);
    g.set("shape", OpenSearchDocuments.shape(half));
    g.put("relation", "intersects");
    return q;
  }

  private static ArrayNode array(ObjectNode o, String name) {
    return o.has(name) ? (ArrayNode) o.get(name) : o.putArray(name);
  }

  private static ObjectNode matchAll() {
    ObjectNode q = obj();
    q.putObject("match_all");
    return q;
  }

  private static ObjectNode matchNone() {
    ObjectNode q = obj();
    q.putObject("match_none");
    return q;
  }

  private static ObjectNode obj() {
    return OpenSearchHttp.JSON.createObjectNode();
  }
}
