package org.moisson.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.moisson.record.BoundingBox;
import org.moisson.search.Facet;
import org.moisson.search.SearchQuery;

/**
 * The searches the benchmark times, drawn from the corpus's own vocabularies so they match what is
 * indexed. Every query asks for the first page of 20 and counts all six facets, as the search API
 * and pages do.
 */
final class QueryMix {
  /** The kinds of request timed separately: four searches, and the search box's completion. */
  enum Kind {
    KEYWORD("keyword"), KEYWORD_FACETS("kw+facets"), BBOX("bbox"), DATE("date"), SUGGEST("suggest");

    final String label;

    Kind(String label) {
      this.label = label;
    }

    /** The kinds that are searches, which every engine of the comparison answers. */
    static Kind[] searches() {
      return new Kind[] {KEYWORD, KEYWORD_FACETS, BBOX, DATE};
    }
  }

  private static final String[] TYPES = {"Dataset", "Collection", "Software", "Image"};
  private static final String[] LICENCES = {"CC-BY-4.0", "etalab-2.0", "CC0-1.0", "CC-BY-SA-4.0", "CC-BY-NC-4.0",
      "ODbL-1.0"};
  private static final Set<String> LINKS = Set.of("and", "the", "for", "with", "des", "les", "pour", "dans", "sur");
  private static final Facet[] FILTERABLE = {Facet.KEYWORD, Facet.PUBLISHER, Facet.LICENCE, Facet.TYPE, Facet.YEAR};

  private final CorpusWords words;
  private final SplittableRandom random;
  // Flatter than the corpus's own word frequencies: people search rare words as well as common ones.
  private final Zipf english;
  private final Zipf french;
  private final Zipf subjects;
  private final Zipf publishers;
  private final List<CorpusWords.Place> europe;

  QueryMix(CorpusWords words, long seed) {
    this.words = words;
    this.random = new SplittableRandom(seed);
    this.english = new Zipf(words.english.size(), 0.6);
    this.french = new Zipf(words.french.size(), 0.6);
    this.subjects = new Zipf(words.subjects.size(), 0.85);
    this.publishers = new Zipf(words.publishers.size(), 1.0);
    this.europe = words.places.stream().filter(p -> p.west() >= -25 && p.east() <= 45 && p.west() <= p.east()
        && p.south() >= 34 && p.north() <= 72).toList();
  }

  SearchQuery next(Kind kind) {
    return switch (kind) {
      case KEYWORD -> SearchQuery.text(text());
      case KEYWORD_FACETS -> facets(SearchQuery.text(text()));
      case BBOX -> SearchQuery.all().bbox(box());
      case DATE -> period(SearchQuery.all());
      case SUGGEST -> throw new IllegalArgumentException("a completion is not a search: see prefix()");
    };
  }

  /** What a person has typed when the search box asks for completions: the first 2 to 8 letters of a word. */
  String prefix() {
    String w = word().toLowerCase(Locale.ROOT);
    return w.substring(0, Math.min(w.length(), 2 + random.nextInt(7)));
  }

  /** One word (70%) or two, from the prose vocabularies or from a subject label. */
  private String text() {
    String first = word();
    return random.nextInt(10) < 7 ? first : first + " " + word();
  }

  private String word() {
    int n = random.nextInt(10);
    if (n < 3) return words.english.get(english.next(random));
    if (n < 5) return words.french.get(french.next(random));
    // A word of a subject label, as a person types it: lower case, so the "AND" of a GCMD label is
    // a word and not an operator; the little words of a label are skipped.
    String[] parts = words.subjects.get(subjects.next(random)).label().toLowerCase(Locale.ROOT).split("[\\s>/(),]+");
    String w = parts[random.nextInt(parts.length)];
    return w.length() < 3 || LINKS.contains(w) ? words.english.get(english.next(random)) : w;
  }

  /** One or two filters on different facets, with values people pick: the popular ones, mostly. */
  private SearchQuery facets(SearchQuery q) {
    int n = 1 + random.nextInt(2);
    int first = random.nextInt(FILTERABLE.length);
    for (int k = 0; k < n; k++) {
      Facet f = FILTERABLE[(first + k * (1 + random.nextInt(FILTERABLE.length - 1))) % FILTERABLE.length];
      q = q.filter(f, value(f));
    }
    return q;
  }

  private String value(Facet f) {
    return switch (f) {
      case KEYWORD -> words.subjects.get(subjects.next(random)).label();
      case PUBLISHER -> words.publishers.get(publishers.next(random));
      case LICENCE -> LICENCES[Math.min(LICENCES.length - 1, (int) (LICENCES.length * Math.pow(random.nextDouble(), 2)))];
      case TYPE -> TYPES[Math.min(TYPES.length - 1, (int) (TYPES.length * Math.pow(random.nextDouble(), 3)))];
      case YEAR -> Integer.toString(1995 + random.nextInt(32));
      case SOURCE -> throw new IllegalArgumentException("one source only: filtering on it selects everything");
      case CONCEPT -> throw new IllegalArgumentException("the corpus is not classified");
    };
  }

  /** Mostly France and Europe at regional scale; some anywhere; 10% across the antimeridian; some large. */
  BoundingBox box() {
    int n = random.nextInt(100);
    if (n < 55) {
      CorpusWords.Place p = europe.get(random.nextInt(europe.size()));
      double lon = p.west() + random.nextDouble() * (p.east() - p.west());
      double lat = p.south() + random.nextDouble() * (p.north() - p.south());
      double size = 0.5 + random.nextDouble() * 9.5;
      return box(lon - size / 2, lat - size / 2, lon + size / 2, lat + size / 2);
    }
    if (n < 80) {
      double size = 5 + random.nextDouble() * 55;
      double lon = -180 + random.nextDouble() * 360;
      double lat = -70 + random.nextDouble() * 140;
      return box(lon - size / 2, lat - size / 2, lon + size / 2, lat + size / 2);
    }
    if (n < 90) {
      double south = -60 + random.nextDouble() * 80;
      return new BoundingBox(150 + random.nextDouble() * 29, south, -179 + random.nextDouble() * 29,
          Math.min(90, south + 5 + random.nextDouble() * 40));
    }
    return n < 95 ? new BoundingBox(-25, 34, 45, 72) : new BoundingBox(-180, -90, 180, 90);
  }

  /** A box with its longitudes wrapped: a box pushed past 180° crosses the antimeridian. */
  private static BoundingBox box(double west, double south, double east, double north) {
    return new BoundingBox(wrap(west), Math.max(-90, south), wrap(east), Math.min(90, north));
  }

  private static double wrap(double lon) {
    return lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon;
  }

  /** 1–15 years between 1950 and 2025; one in ten open at the start, one in ten at the end. */
  private SearchQuery period(SearchQuery q) {
    int from = 1950 + random.nextInt(75);
    LocalDate start = LocalDate.of(from, 1 + random.nextInt(12), 1);
    LocalDate end = start.plusYears(1 + random.nextInt(15));
    int open = random.nextInt(10);
    return q.period(open == 0 ? null : start, open == 1 ? null : end);
  }
}
