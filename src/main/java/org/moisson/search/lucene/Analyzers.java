package org.moisson.search.lucene;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The English and French analysis chains. Both fold accents before stemming, so what a person
 * types with or without accents ("Ecologie", "écologie") reaches the stemmer as the same word.
 */
final class Analyzers {
  /** Keeps a phrase from matching across two values of a multi-valued field (two keywords, say). */
  private static final int VALUE_GAP = 100;

  private Analyzers() {}

  /** One analyzer for writing and querying: each text field names its language. */
  static Analyzer perField() {
    Analyzer en = english();
    Analyzer fr = french();
    return new PerFieldAnalyzerWrapper(en, Map.of(
        LuceneDocuments.TITLE_EN, en, LuceneDocuments.TEXT_EN, en,
        LuceneDocuments.TITLE_FR, fr, LuceneDocuments.TEXT_FR, fr,
        LuceneDocuments.TITLE_WORDS, new WhitespaceAnalyzer()));
  }

  static Analyzer english() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        TokenStream s = new EnglishPossessiveFilter(source);
        s = new LowerCaseFilter(s);
        s = new StopFilter(s, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        s = new AsciiFolding.Filter(s);
        return new TokenStreamComponents(source, new PorterStemFilter(s));
      }

      @Override
      public int getPositionIncrementGap(String field) {
        return VALUE_GAP;
      }
    };
  }

  static Analyzer french() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        TokenStream s = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
        s = new LowerCaseFilter(s);
        s = new StopFilter(s, FrenchAnalyzer.getDefaultStopSet());
        s = new AsciiFolding.Filter(s);
        return new TokenStreamComponents(source, new FrenchLightStemFilter(s));
      }

      @Override
      public int getPositionIncrementGap(String field) {
        return VALUE_GAP;
      }
    };
  }
}
