package org.moisson.bench;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Prose for synthetic titles and descriptions: content words drawn by frequency rank from an English
 * or a French list, joined by the little words of that language, with the record's own keywords
 * woven in so that searching a record's subject finds it through its text too.
 */
final class CorpusText {
  private static final String[] EN_LINKS = {"of", "the", "and", "in", "for", "with", "from", "at", "on", "by"};
  private static final String[] FR_LINKS = {"de", "la", "les", "des", "et", "en", "dans", "pour", "du", "sur", "avec"};

  private final CorpusWords words;
  private final Zipf english;
  private final Zipf french;

  CorpusText(CorpusWords words) {
    this.words = words;
    this.english = new Zipf(words.english.size(), 1.0);
    this.french = new Zipf(words.french.size(), 1.0);
  }

  /** A content word of the language, frequent ones more often. */
  String word(SplittableRandom r, boolean fr) {
    return fr ? words.french.get(french.next(r)) : words.english.get(english.next(r));
  }

  /** 3 to 12 words, sometimes a place and a period: 20 to ~200 characters, like real titles. */
  String title(SplittableRandom r, boolean fr, String place, int year) {
    StringBuilder t = new StringBuilder();
    int n = 3 + (int) (9 * Math.pow(r.nextDouble(), 1.5));
    for (int i = 0; i < n; i++) {
      if (i > 0) t.append(' ').append(i % 2 == 0 && r.nextInt(3) > 0 ? link(r, fr) + " " : "");
      t.append(word(r, fr));
    }
    if (place != null && r.nextBoolean()) t.append(fr ? ", " : " in ").append(place);
    if (r.nextInt(10) < 3) {
      int from = Math.max(1950, year - 1 - r.nextInt(20));
      t.append(", ").append(from).append('–').append(Math.max(from, year - r.nextInt(2)));
    }
    return CorpusWords.capitalise(t.substring(0, 1)) + t.substring(1);
  }

  /** About {@code length} characters of sentences; one in ten sentences names one of the keywords. */
  String prose(SplittableRandom r, boolean fr, int length, List<String> keywords) {
    StringBuilder d = new StringBuilder(length + 200);
    while (d.length() < length) {
      if (d.length() > 0) d.append(' ');
      int start = d.length();
      int n = 6 + r.nextInt(13);
      for (int i = 0; i < n; i++) {
        if (i > 0) d.append(' ');
        if (i > 0 && r.nextInt(100) < 35) d.append(link(r, fr)).append(' ');
        if (!keywords.isEmpty() && r.nextInt(100) < 2) {
          d.append(keywords.get(r.nextInt(keywords.size())).toLowerCase(java.util.Locale.ROOT));
        } else {
          d.append(word(r, fr));
        }
      }
      d.setCharAt(start, Character.toUpperCase(d.charAt(start)));
      d.append('.');
    }
    return d.toString();
  }

  private static String link(SplittableRandom r, boolean fr) {
    String[] links = fr ? FR_LINKS : EN_LINKS;
    return links[r.nextInt(links.length)];
  }
}
