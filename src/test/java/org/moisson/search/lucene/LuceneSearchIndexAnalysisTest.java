package org.moisson.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** Each chain on its own: through the port the two languages cover for each other. */
class LuceneSearchIndexAnalysisTest {

  private static List<String> tokens(Analyzer a, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) out.add(term.toString());
      ts.end();
    }
    return out;
  }

  @Test
  void frenchFoldsAccentsElidesArticlesAndStems() throws IOException {
    try (Analyzer fr = Analyzers.french()) {
      assertThat(tokens(fr, "L'Écologie des océans")).isEqualTo(tokens(fr, "ecologie ocean"));
      assertThat(tokens(fr, "l’océan")).isEqualTo(tokens(fr, "OCEANS"));
      assertThat(tokens(fr, "Forêts")).isEqualTo(tokens(fr, "foret"));
      assertThat(tokens(fr, "le et de")).isEmpty();
      // accents the stemmer does not normalise by itself
      assertThat(tokens(fr, "Noël cœur naïf")).isEqualTo(tokens(fr, "noel coeur naif"));
    }
  }

  @Test
  void englishFoldsAccentsStripsPossessivesAndStems() throws IOException {
    try (Analyzer en = Analyzers.english()) {
      assertThat(tokens(en, "Measurements of the Earth's café")).isEqualTo(tokens(en, "measurement earth cafe"));
      assertThat(tokens(en, "the and of")).isEmpty();
    }
  }

  @Test
  void languagesStemDifferently() throws IOException {
    try (Analyzer en = Analyzers.english(); Analyzer fr = Analyzers.french()) {
      assertThat(tokens(en, "running")).containsExactly("run");
      assertThat(tokens(fr, "running")).doesNotContain("run");
    }
  }
}
