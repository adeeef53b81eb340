package org.moisson.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** The table folds exactly as Lucene's ASCIIFoldingFilter, character by character and token by token. */
class AsciiFoldingTest {
  @Test
  void everyCharacterFoldsAsLucenesFilterFoldsIt() {
    char[] in = new char[1];
    char[] expected = new char[8];
    char[] actual = new char[8];
    int changed = 0;
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      in[0] = (char) c;
      int n = ASCIIFoldingFilter.foldToASCII(in, 0, expected, 0, 1);
      int m = AsciiFolding.fold(in, 0, actual, 0, 1);
      assertThat(new String(actual, 0, m)).as("U+%04X", c).isEqualTo(new String(expected, 0, n));
      if (n != 1 || expected[0] != c) changed++;
    }
    assertThat(changed).as("characters Lucene folds").isGreaterThan(1_000);
  }

  @Test
  void tokensComeOutAsFromLucenesFilter() throws IOException {
    String text = "Écologie des forêts méditerranéennes ŒUVRE Straße ﬁchier ⑽ Ångström naïve São-Tomé "
        + "plain ascii 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 Ｆｕｌｌｗｉｄｔｈ Ærøskøbing";
    assertThat(tokens(text, AsciiFolding.Filter::new)).isEqualTo(tokens(text, ASCIIFoldingFilter::new))
        .contains("Ecologie", "forets", "OEUVRE", "Strasse", "fichier", "(10)", "Fullwidth", "AEroskobing");
    assertThat(tokens("", AsciiFolding.Filter::new)).isEmpty();
  }

  private static List<String> tokens(String text, UnaryOperator<TokenStream> folding) throws IOException {
    WhitespaceTokenizer source = new WhitespaceTokenizer();
    source.setReader(new StringReader(text));
    List<String> out = new ArrayList<>();
    try (TokenStream ts = folding.apply(source)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) out.add(term.toString());
      ts.end();
    }
    return out;
  }
}
