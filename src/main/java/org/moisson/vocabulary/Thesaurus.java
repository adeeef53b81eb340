package org.moisson.vocabulary;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every loaded concept scheme merged into one immutable graph of concepts, looked up by URI. Built by
 * {@link ThesaurusLoader}; broader and narrower are already made symmetric there.
 *
 * <pre>{@code
 * Thesaurus t = ThesaurusLoader.load(List.of(ThesaurusSource.classpath("vocabulary/themes.ttl")));
 * t.children("https://w3id.org/moisson/themes/atmosphere"); // aerosols, chemistry, …
 * t.ancestors(aerosolsUri);                                 // [atmosphere]
 * }</pre>
 */
public final class Thesaurus {
  private final Map<String, Concept> concepts;
  private final Map<String, ConceptScheme> schemes;
  private final String fingerprint;

  Thesaurus(Map<String, Concept> concepts, Map<String, ConceptScheme> schemes, String fingerprint) {
    this.concepts = Map.copyOf(concepts);
    this.schemes = Map.copyOf(schemes);
    this.fingerprint = fingerprint;
  }

  /**
   * A digest of the files loaded (their locations and bytes, in order): the concepts of indexed
   * datasets are out of date when it differs from the one they were indexed with.
   */
  public String fingerprint() {
    return fingerprint;
  }

  public Optional<Concept> concept(String uri) {
    return Optional.ofNullable(uri == null ? null : concepts.get(uri));
  }

  public Collection<Concept> concepts() {
    return concepts.values();
  }

  public Optional<ConceptScheme> scheme(String uri) {
    return Optional.ofNullable(uri == null ? null : schemes.get(uri));
  }

  public Collection<ConceptScheme> schemes() {
    return schemes.values();
  }

  public int size() {
    return concepts.size();
  }

  /** Narrower concepts, ordered by notation then English label. */
  public List<Concept> children(String uri) {
    return concept(uri).map(c -> c.narrower().stream().map(concepts::get).sorted(ORDER).toList()).orElse(List.of());
  }

  /** A scheme's top concepts in the scheme's order, else by notation and label. */
  public List<Concept> topConcepts(String schemeUri) {
    ConceptScheme s = schemes.get(schemeUri);
    if (s == null) return List.of();
    return s.topConcepts().stream().map(concepts::get).filter(c -> c != null).toList();
  }

  /** Every broader concept, transitively, nearest first; a cycle in the source stops where it closes. */
  public Set<String> ancestors(String uri) {
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>();
    todo.add(uri);
    while (!todo.isEmpty()) {
      Concept c = concepts.get(todo.poll());
      if (c == null) continue;
      for (String b : c.broader()) {
        if (!b.equals(uri) && seen.add(b)) todo.add(b);
      }
    }
    return seen;
  }

  /** Siblings by notation (numerically, part by part: "1.10" after "1.9"), then by English label. */
  static final Comparator<Concept> ORDER = Comparator
      .comparing(Concept::notation, Comparator.nullsLast(Thesaurus::compareNotations))
      .thenComparing(c -> c.label(LabelLanguages.FALLBACK), String.CASE_INSENSITIVE_ORDER)
      .thenComparing(Concept::uri);

  static int compareNotations(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c = x[i].matches("\\d{1,9}") && y[i].matches("\\d{1,9}")
          ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i])) : x[i].compareTo(y[i]);
      if (c != 0) return c;
    }
    return Integer.compare(x.length, y.length);
  }
}
