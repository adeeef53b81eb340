package org.moisson.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * The vocabularies the synthetic corpus and the benchmark queries draw from, read from
 * {@code bench/*.txt} in the jar and expanded deterministically: a few thousand keywords (GCMD-like
 * paths and their terms, French and English words and word pairs, places), ~200 publishers.
 */
final class CorpusWords {
  /** A place and the box around it, in degrees; west > east crosses the antimeridian. */
  record Place(String name, double west, double south, double east, double north) {}

  /** A keyword label; gcmd ones carry the GCMD scheme in the record. */
  record Subject(String label, boolean gcmd) {}

  static final int KEYWORDS = 3000;
  static final int PUBLISHERS = 200;

  final List<String> english;
  final List<String> french;
  final List<String> gcmd;
  final List<Place> places;
  final List<String> givenNames;
  final List<String> familyNames;
  final List<Subject> subjects;
  final List<String> publishers;

  private CorpusWords(long seed) {
    english = lines("english.txt");
    french = lines("french.txt");
    gcmd = lines("gcmd.txt");
    places = lines("places.txt").stream().map(CorpusWords::place).toList();
    List<String> names = lines("names.txt");
    givenNames = List.of(names.get(0).substring("given:".length()).split(","));
    familyNames = List.of(names.get(1).substring("family:".length()).split(","));
    subjects = subjects(new Random(seed));
    publishers = publishers(new Random(seed + 1));
  }

  /** The same words for the same seed, whichever machine. */
  static CorpusWords load(long seed) {
    return new CorpusWords(seed);
  }

  /**
   * GCMD paths and their last term, places, and French and English words and word pairs, shuffled
   * so the Zipf head is a mix of all of them, as in a real catalogue.
   */
  private List<Subject> subjects(Random random) {
    Set<String> free = new LinkedHashSet<>();
    for (String path : gcmd) free.add(capitalise(path.substring(path.lastIndexOf('>') + 1).strip()));
    places.forEach(p -> free.add(p.name()));
    english.forEach(w -> free.add(capitalise(w)));
    french.forEach(w -> free.add(capitalise(w)));
    List<Subject> out = new ArrayList<>();
    gcmd.forEach(g -> out.add(new Subject(g, true)));
    while (out.size() + free.size() < KEYWORDS) {
      List<String> words = random.nextBoolean() ? english : french;
      free.add(capitalise(words.get(random.nextInt(words.size())) + " " + words.get(random.nextInt(words.size()))));
    }
    free.forEach(f -> out.add(new Subject(f, false)));
    Collections.shuffle(out, random);
    return List.copyOf(out);
  }

  private List<String> publishers(Random random) {
    String[] fixed = {"Ifremer", "CNRS", "INRAE", "IRD", "Météo-France", "BRGM", "IGN", "CNES", "IPSL", "SHOM",
        "Muséum national d'Histoire naturelle", "PANGAEA", "Zenodo", "Recherche Data Gouv", "SEANOE", "Data Terra",
        "ODATIS", "AERIS", "THEIA", "FORM@TER", "CEREMA", "OFB", "ANDRA", "CEA", "Sorbonne Université"};
    String[] cities = {"Rennes", "Brest", "Nantes", "Toulouse", "Grenoble", "Montpellier", "Marseille", "Lyon",
        "Strasbourg", "Lille", "Bordeaux", "Paris", "Nice", "Clermont-Ferrand", "Dijon", "Besançon", "Caen",
        "Rouen", "Poitiers", "Limoges", "Orléans", "Tours", "Nancy", "Reims", "Amiens", "Perpignan", "Pau",
        "La Rochelle", "Corte", "Chambéry"};
    String[] kinds = {"Université de %s", "Observatoire des sciences de l'univers de %s",
        "Laboratoire d'écologie de %s", "Institut de recherche en géosciences de %s", "Station marine de %s",
        "Centre de données environnementales de %s"};
    List<String> out = new ArrayList<>(List.of(fixed));
    for (String city : cities) {
      for (String kind : kinds) out.add(String.format(Locale.ROOT, kind, city));
    }
    Collections.shuffle(out, random);
    return List.copyOf(out.subList(0, PUBLISHERS));
  }

  private static Place place(String line) {
    String[] p = line.split(";");
    return new Place(p[0], Double.parseDouble(p[1]), Double.parseDouble(p[2]), Double.parseDouble(p[3]),
        Double.parseDouble(p[4]));
  }

  static String capitalise(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }

  private static List<String> lines(String name) {
    try (InputStream in = CorpusWords.class.getResourceAsStream("/bench/" + name)) {
      if (in == null) throw new IllegalStateException("bench/" + name + " missing from the classpath");
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
