package org.moisson.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.moisson.record.BoundingBox;
import org.moisson.record.Dataset;
import org.moisson.record.LangText;
import org.moisson.record.Period;
import java.util.List;

/**
 * What another backend (OpenSearch) takes from this one so both index and query the same values:
 * the analysis chains (to know which words a language drops), sort keys, days and boxes.
 */
public final class SharedAnalysis {
  private static final Analyzer EN = Analyzers.english();
  private static final Analyzer FR = Analyzers.french();

  private SharedAnalysis() {}

  /** The English chain, new (an analyzer is closed by its user). */
  public static Analyzer english() {
    return Analyzers.english();
  }

  /** The French chain, new. */
  public static Analyzer french() {
    return Analyzers.french();
  }

  /** Whether the English ({@code en}) or French chain keeps at least one token of the text. */
  public static boolean keepsAnyWord(String language, String text) {
    Analyzer a = "fr".equals(language) ? FR : EN;
    try (TokenStream ts = a.tokenStream("t", text)) {
      ts.reset();
      boolean any = ts.incrementToken();
      while (ts.incrementToken()) {
        // drain: the stream must be consumed before end()
      }
      ts.end();
      return any;
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does no I/O
    }
  }

  /** Lower-cased, accent-folded, truncated title for sorting. */
  public static String sortKey(String title) {
    return LuceneDocuments.sortKey(title);
  }

  /** Publication day for sorting; null when the dataset gives none. */
  public static LocalDate publicationDay(Dataset ds) {
    return LuceneDocuments.date(ds);
  }

  /** A period as [first, last] epoch days, open ends Long.MIN_VALUE / Long.MAX_VALUE; null when unparsable. */
  public static long[] coverageDays(Period p) {
    return LuceneDocuments.days(p);
  }

  /** Descriptions (with their language), keywords, creators, publisher and places: the text searched besides titles. */
  public static List<LangText> texts(Dataset ds) {
    return LuceneDocuments.texts(ds).toList();
  }

  /** Whether a text is analysed (indexed) in English. */
  public static boolean inEnglish(LangText text) {
    return LuceneDocuments.inEnglish(text);
  }

  /** Whether a text is analysed (indexed) in French. */
  public static boolean inFrench(LangText text) {
    return LuceneDocuments.inFrench(text);
  }

  /** A box as one or two {{west, south}, {east, north}}: one crossing the antimeridian is cut there. */
  public static List<double[][]> halves(BoundingBox b) {
    return LuceneDocuments.ranges(b);
  }
}
