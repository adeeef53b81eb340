package org.moisson.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleRange;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;
import org.moisson.record.Agent;
import org.moisson.record.BoundingBox;
import org.moisson.record.Dataset;
import org.moisson.record.Dates;
import org.moisson.record.Keyword;
import org.moisson.record.LangText;
import org.moisson.record.Period;
import org.moisson.search.Facet;
import org.moisson.search.Folding;
import org.moisson.search.IndexedDataset;
import org.moisson.search.CompletionTerms;

/** The index schema: field names, and how a dataset becomes a Lucene document. */
final class LuceneDocuments {
  /** Indexed, stored, and sorted on as the last tie-break so paging is stable across refreshes. */
  static final String ID = "id";
  static final String JSON = "json";
  static final String SOURCE = "source";
  static final String TITLE_EN = "title_en";
  static final String TITLE_FR = "title_fr";
  /** Descriptions, keywords, creators, publisher and places. */
  static final String TEXT_EN = "text_en";
  static final String TEXT_FR = "text_fr";
  /** Footprints as 2-D ranges, dimension 0 longitude, 1 latitude. */
  static final String BBOX = "bbox";
  /** Temporal coverage as ranges of epoch days. */
  static final String TIME = "time";
  /** Epoch day of publication; points and doc values under one name so sorting can skip. */
  static final String DATE = "date";
  static final String TITLE_SORT = "title_sort";
  /** Folded title words, space-separated, for title completion. */
  static final String TITLE_WORDS = "title_words";
  /** Completion terms of keyword and place values (see {@link org.moisson.search.CompletionTerms}). */
  static final String SUGGEST_KEYWORD = "suggest_keyword";
  static final String SUGGEST_PLACE = "suggest_place";
  private static final int SORT_KEY_LENGTH = 200;

  private LuceneDocuments() {}

  static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (Facet f : Facet.values()) {
      config.setMultiValued(dim(f), true);
      config.setIndexFieldName(dim(f), facetField(f));
    }
    return config;
  }

  static String dim(Facet f) {
    return f.param();
  }

  /** Doc values and drill-down terms of one facet. */
  static String facetField(Facet f) {
    return "facet_" + f.param();
  }

  static Document toDocument(IndexedDataset d, FacetsConfig config) {
    Dataset ds = d.dataset();
    Document doc = new Document();
    doc.add(new StringField(ID, d.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(ID, new BytesRef(d.id())));
    doc.add(new StoredField(JSON, d.storedJson()));
    d.sources().forEach(s -> doc.add(new StoredField(SOURCE, s)));

    ds.titles().forEach(t -> addText(doc, TITLE_EN, TITLE_FR, t));
    ds.titles().forEach(t -> doc.add(new TextField(TITLE_WORDS, Folding.fold(t.value()), Field.Store.NO)));
    Facet.KEYWORD.valuesOf(d).forEach(v -> CompletionTerms.of(v).forEach(
        t -> doc.add(new StringField(SUGGEST_KEYWORD, t, Field.Store.NO))));
    CompletionTerms.places(ds).forEach(v -> CompletionTerms.of(v).forEach(
        t -> doc.add(new StringField(SUGGEST_PLACE, t, Field.Store.NO))));
    texts(ds).forEach(t -> addText(doc, TEXT_EN, TEXT_FR, t));

    for (Facet f : Facet.values()) {
      f.valuesOf(d).forEach(v -> doc.add(new SortedSetDocValuesFacetField(dim(f), v)));
    }
    for (BoundingBox b : ds.spatial().footprints()) {
      for (double[][] r : ranges(b)) doc.add(new DoubleRange(BBOX, r[0], r[1]));
    }
    for (Period p : ds.temporal()) {
      long[] days = days(p);
      if (days != null) doc.add(new LongRange(TIME, new long[] {days[0]}, new long[] {days[1]}));
    }
    LocalDate date = date(ds);
    if (date != null) {
      doc.add(new LongPoint(DATE, date.toEpochDay()));
      doc.add(new NumericDocValuesField(DATE, date.toEpochDay()));
    }
    String title = ds.title(null);
    if (title != null) doc.add(new SortedDocValuesField(TITLE_SORT, new BytesRef(sortKey(title))));
    try {
      return config.build(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // only a taxonomy writer does I/O here, and there is none
    }
  }

  private static void addText(Document doc, String enField, String frField, LangText text) {
    if (inEnglish(text)) doc.add(new TextField(enField, text.value(), Field.Store.NO));
    if (inFrench(text)) doc.add(new TextField(frField, text.value(), Field.Store.NO));
  }

  /**
   * Whether a text is analysed in English: unless the source says it is French. A text the source
   * tags with its language is analysed in that language only (half the cost of indexing it, and
   * its exact words still match in any language, the query being analysed as the field is); an
   * untagged one, or one in a third language, in both.
   */
  static boolean inEnglish(LangText text) {
    return !"fr".equals(text.lang());
  }

  /** Whether a text is analysed in French: unless the source says it is English. */
  static boolean inFrench(LangText text) {
    return !"en".equals(text.lang());
  }

  /** Descriptions with their language; keywords, creators, publisher and places without one. */
  static Stream<LangText> texts(Dataset ds) {
    return Stream.of(
            ds.descriptions().stream(),
            Stream.of(
                    ds.keywords().stream().map(Keyword::label),
                    ds.creators().stream().map(Agent::name),
                    Stream.ofNullable(ds.publisher()).map(Agent::name),
                    ds.spatial().places().stream())
                .flatMap(s -> s)
                .map(v -> new LangText(null, v)))
        .flatMap(s -> s)
        .filter(t -> t.value() != null && !t.value().isBlank());
  }

  /** A box as one or two [min, max] pairs: one crossing the antimeridian is cut there. */
  static List<double[][]> ranges(BoundingBox b) {
    List<double[][]> out = new ArrayList<>(2);
    if (b.crossesAntimeridian()) {
      out.add(new double[][] {{b.west(), b.south()}, {180, b.north()}});
      out.add(new double[][] {{-180, b.south()}, {b.east(), b.north()}});
    } else {
      out.add(new double[][] {{b.west(), b.south()}, {b.east(), b.north()}});
    }
    return out;
  }

  /** A period as [first, last] epoch days, open ends unbounded; null when neither end parses. */
  static long[] days(Period p) {
    LocalDate first = Dates.first(p.start());
    LocalDate last = Dates.last(p.end());
    if (first == null && last == null) return null;
    long lo = first == null ? Long.MIN_VALUE : first.toEpochDay();
    long hi = last == null ? Long.MAX_VALUE : last.toEpochDay();
    return lo <= hi ? new long[] {lo, hi} : new long[] {hi, lo}; // sources do swap them
  }

  /** Publication day for sorting: issued, else the first day of the year the record gives. */
  static LocalDate date(Dataset ds) {
    LocalDate issued = Dates.first(ds.issued());
    if (issued != null) return issued;
    Integer year = ds.year();
    return year == null ? null : LocalDate.of(year, 1, 1);
  }

  /** Lower-cased and accent-folded, so "Écologie" sorts with the e's, not after z. */
  static String sortKey(String title) {
    char[] in = title.strip().toLowerCase(Locale.ROOT).toCharArray();
    char[] out = new char[in.length * 4];
    int n = AsciiFolding.fold(in, 0, out, 0, in.length);
    return new String(out, 0, Math.min(n, SORT_KEY_LENGTH));
  }
}
