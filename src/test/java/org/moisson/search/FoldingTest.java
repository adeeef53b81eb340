package org.moisson.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The one folding, and its fast way for ASCII text, which must agree with the general one. */
class FoldingTest {
  @Test
  void foldsCaseAccentsLigaturesAndEverythingBetweenWords() {
    assertThat(Folding.fold("Œuvre d'Écologie")).isEqualTo("oeuvre d ecologie");
    assertThat(Folding.fold("Sea-level (AOD)")).isEqualTo("sea level aod");
    assertThat(Folding.fold("  __CO2_flux: 2020/2021 ")).isEqualTo("co2 flux 2020 2021");
    assertThat(Folding.fold("--- ")).isEmpty();
    assertThat(Folding.fold(null)).isEmpty();
    assertThat(Folding.words("Sea surface TEMPERATURE")).containsExactly("sea", "surface", "temperature");
  }

  @Test
  void asciiTextFoldsAsTheGeneralWayFoldsIt() {
    SplittableRandom random = new SplittableRandom(11);
    for (int k = 0; k < 50_000; k++) {
      char[] text = new char[random.nextInt(40)];
      for (int i = 0; i < text.length; i++) {
        // mostly letters, digits and the usual punctuation; now and then any ASCII character
        text[i] = random.nextInt(4) == 0 ? (char) random.nextInt(0x80) : "aZ9 -_./(),'\t\nQx".charAt(random.nextInt(16));
      }
      String s = new String(text);
      assertThat(Folding.foldAscii(s)).as("[%s]", s).isEqualTo(Folding.foldUnicode(s));
    }
    assertThat(Folding.foldAscii("café")).isNull();
  }
}
