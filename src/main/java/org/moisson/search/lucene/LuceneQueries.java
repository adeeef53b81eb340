package org.moisson.search.lucene;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.DoubleRange;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.moisson.record.BoundingBox;
import org.moisson.search.Facet;
import org.moisson.search.SearchQuery;
import org.moisson.search.SortOrder;
import org.moisson.search.TextQuery;

/**
 * Turns a {@link SearchQuery} into Lucene queries and sorts.
 *
 * <p>A word or phrase matches in the English or the French fields (best field wins, titles
 * weigh more). A word one of the two languages drops as a stop word ("the", "et") is left out of
 * the query altogether: it cannot be required in the language that drops it, and requiring it in
 * the other would reject "soil and water" for want of an "and".
 */
final class LuceneQueries {
  private static final float TITLE_BOOST = 3f;
  private static final float TIE_BREAKER = 0.1f;
  private static final SortField NEWEST =
      sortField(new SortField(LuceneDocuments.DATE, SortField.Type.LONG, true), Long.MIN_VALUE);
  private static final SortField BY_ID = new SortField(LuceneDocuments.ID, SortField.Type.STRING);
  private static final SortField BY_TITLE = sortField(
      new SortField(LuceneDocuments.TITLE_SORT, SortField.Type.STRING), SortField.STRING_LAST);

  private final QueryBuilder builder;
  private final FacetsConfig config;

  LuceneQueries(Analyzer analyzer, FacetsConfig config) {
    this.builder = new QueryBuilder(analyzer);
    this.config = config;
  }

  /** Text, box and period, without the facet filters (see {@link #filters}). */
  Query base(SearchQuery q) {
    Query text = text(q.parsed());
    if (q.bbox() == null && q.start() == null && q.end() == null) return text;
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, Occur.MUST);
    if (q.bbox() != null) b.add(bbox(q.bbox()), Occur.FILTER);
    if (q.start() != null || q.end() != null) {
      long lo = q.start() == null ? Long.MIN_VALUE : q.start().toEpochDay();
      long hi = q.end() == null ? Long.MAX_VALUE : q.end().toEpochDay();
      b.add(LongRange.newIntersectsQuery(LuceneDocuments.TIME, new long[] {lo}, new long[] {hi}),
          Occur.FILTER);
    }
    return b.build();
  }

  /** Per facet, its values ORed; exact matches on the indexed value. */
  Map<Facet, Query> filters(Map<Facet, Set<String>> filters) {
    Map<Facet, Query> out = new EnumMap<>(Facet.class);
    filters.forEach((facet, values) -> {
      String field = config.getDimConfig(LuceneDocuments.dim(facet)).indexFieldName;
      List<BytesRef> terms = values.stream().filter(v -> v != null && !v.isEmpty())
          .map(v -> DrillDownQuery.term(field, LuceneDocuments.dim(facet), v).bytes()).toList();
      out.put(facet, new TermInSetQuery(field, terms)); // no clause limit, however many values
    });
    return out;
  }

  /** The base query restricted by filters, which do not change its score. */
  static Query and(Query base, Collection<Query> filters) {
    if (filters.isEmpty()) return base;
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(base, Occur.MUST);
    filters.forEach(f -> b.add(f, Occur.FILTER));
    return b.build();
  }

  /** No text, box or period: the base matches every document. */
  static boolean unrestricted(SearchQuery q) {
    return q.parsed() instanceof TextQuery.All && q.bbox() == null && q.start() == null && q.end() == null;
  }

  static boolean scored(SearchQuery q) {
    return q.sort() == SortOrder.RELEVANCE && !(q.parsed() instanceof TextQuery.All);
  }

  static Sort sort(SearchQuery q) {
    return switch (q.sort()) {
      case RELEVANCE -> scored(q) ? new Sort(SortField.FIELD_SCORE, NEWEST, BY_ID) : new Sort(NEWEST, BY_ID);
      case DATE -> new Sort(NEWEST, BY_ID);
      case TITLE -> new Sort(BY_TITLE, BY_ID);
    };
  }

  Query text(TextQuery t) {
    if (t instanceof TextQuery.All) return new MatchAllDocsQuery();
    Query q = convert(t);
    return q == null ? new MatchNoDocsQuery("only stop words") : q;
  }

  /** null for a clause that constrains nothing (stop words only); callers leave it out. */
  private Query convert(TextQuery t) {
    if (t instanceof TextQuery.Term term) return words(term.word(), true);
    if (t instanceof TextQuery.Phrase phrase) return words(String.join(" ", phrase.words()), false);
    if (t instanceof TextQuery.Not not) return allExcept(convert(not.clause()));
    if (t instanceof TextQuery.Or or) return or(or.clauses());
    if (t instanceof TextQuery.And and) return and(and.clauses());
    return new MatchAllDocsQuery();
  }

  private Query and(List<TextQuery> clauses) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean positive = false;
    boolean any = false;
    for (TextQuery c : clauses) {
      boolean negated = c instanceof TextQuery.Not;
      Query q = convert(negated ? ((TextQuery.Not) c).clause() : c);
      if (q == null) continue;
      b.add(q, negated ? Occur.MUST_NOT : Occur.MUST);
      positive |= !negated;
      any = true;
    }
    if (!any) return null;
    if (!positive) b.add(new MatchAllDocsQuery(), Occur.MUST);
    return b.build();
  }

  private Query or(List<TextQuery> clauses) {
    List<Query> parts = new ArrayList<>();
    for (TextQuery c : clauses) {
      Query q = convert(c);
      if (q != null) parts.add(q);
    }
    if (parts.size() <= 1) return parts.isEmpty() ? null : parts.get(0);
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    parts.forEach(p -> b.add(p, Occur.SHOULD));
    return b.build();
  }

  private static Query allExcept(Query q) {
    if (q == null) return null;
    return new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST)
        .add(q, Occur.MUST_NOT).build();
  }

  /**
   * One word (which the analyzer may still split, "sea-level" becoming a phrase) or a phrase,
   * in every text field. A word is dropped when either language drops it; a phrase only when
   * both do, since its other words still say something.
   */
  private Query words(String text, boolean single) {
    Query en = builder.createPhraseQuery(LuceneDocuments.TEXT_EN, text);
    Query fr = builder.createPhraseQuery(LuceneDocuments.TEXT_FR, text);
    if (single ? en == null || fr == null : en == null && fr == null) return null;
    List<Query> fields = new ArrayList<>(4);
    if (en != null) {
      fields.add(en);
      fields.add(new BoostQuery(builder.createPhraseQuery(LuceneDocuments.TITLE_EN, text), TITLE_BOOST));
    }
    if (fr != null) {
      fields.add(fr);
      fields.add(new BoostQuery(builder.createPhraseQuery(LuceneDocuments.TITLE_FR, text), TITLE_BOOST));
    }
    return new DisjunctionMaxQuery(fields, TIE_BREAKER);
  }

  /** Footprints intersecting the box; a box across the antimeridian is searched as its two halves. */
  static Query bbox(BoundingBox box) {
    List<double[][]> ranges = LuceneDocuments.ranges(box);
    if (ranges.size() == 1) return intersects(ranges.get(0));
    return new BooleanQuery.Builder()
        .add(intersects(ranges.get(0)), Occur.SHOULD)
        .add(intersects(ranges.get(1)), Occur.SHOULD).build();
  }

  private static Query intersects(double[][] r) {
    return DoubleRange.newIntersectsQuery(LuceneDocuments.BBOX, r[0], r[1]);
  }

  private static SortField sortField(SortField f, Object missing) {
    f.setMissingValue(missing);
    return f;
  }
}
