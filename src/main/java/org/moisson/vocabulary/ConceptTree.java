package org.moisson.vocabulary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.moisson.record.Dataset;
import org.moisson.search.SearchResult.FacetCount;
import org.springframework.stereotype.Component;

/**
 * The loaded concepts as pages show them: the seven themes, children, labels in the page's language
 * (English when a concept has no label in it), breadcrumbs, and the concept facet as a tree.
 *
 * <pre>{@code
 * tree.themes();                                   // the seven themes, in order
 * tree.children(uri);                              // sub-domains, variables…
 * tree.label(uri, "fr");                           // "Aérosols"
 * tree.facetTree(result.facets().get(Facet.CONCEPT), "fr"); // nested nodes with counts
 * }</pre>
 */
@Component
public class ConceptTree {
  /** The platform's own theme scheme (src/main/resources/vocabulary/themes.ttl). */
  public static final String THEME_SCHEME = "https://w3id.org/moisson/themes";
  private static final String THEME_PREFIX = THEME_SCHEME + "/";

  /** A concept of a facet tree: its label in the asked language, its count, its counted children. */
  public record Node(String uri, String label, long count, List<Node> children) {}

  /** A concept named in a dataset's JSON: URI, label in the asked language, scheme title. */
  public record Ref(String uri, String label, String scheme) {}

  private final Thesaurus thesaurus;
  private final Classifier classifier;

  ConceptTree(Thesaurus thesaurus, Classifier classifier) {
    this.thesaurus = thesaurus;
    this.classifier = classifier;
  }

  public List<Concept> themes() {
    return thesaurus.topConcepts(THEME_SCHEME);
  }

  public Optional<Concept> concept(String uri) {
    return thesaurus.concept(uri);
  }

  /** Narrower concepts, in notation order (theme scheme) or by label. */
  public List<Concept> children(String uri) {
    return thesaurus.children(uri);
  }

  /** The concept's label in {@code lang}, else English; the URI itself for an unknown concept. */
  public String label(String uri, String lang) {
    return thesaurus.concept(uri).map(c -> c.label(lang)).orElse(uri);
  }

  /** The scheme's title in {@code lang}; the URI for an unknown scheme. */
  public String schemeTitle(String schemeUri, String lang) {
    return thesaurus.scheme(schemeUri).map(s -> s.title(lang)).orElse(schemeUri);
  }

  /** From the top concept down to this one (first broader at each step), for a breadcrumb; empty when unknown. */
  public List<Concept> path(String uri) {
    List<Concept> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Optional<Concept> c = thesaurus.concept(uri);
    while (c.isPresent() && seen.add(c.get().uri())) {
      out.add(0, c.get());
      c = c.get().broader().stream().findFirst().flatMap(thesaurus::concept);
    }
    return out;
  }

  /** A theme-scheme concept by the last segment of its URI ("aerosols"). */
  public Optional<Concept> bySlug(String slug) {
    if (slug == null || !slug.matches("[a-z0-9-]{1,80}")) return Optional.empty();
    return thesaurus.concept(THEME_PREFIX + slug);
  }

  /** The slug of a theme-scheme concept, null for any other concept (it has no theme page). */
  public String slug(Concept c) {
    return c.uri().startsWith(THEME_PREFIX) ? c.uri().substring(THEME_PREFIX.length()) : null;
  }

  /** The slugs of the theme-scheme concepts the dataset is classified under, ancestors included. */
  public List<String> themeSlugs(Dataset d) {
    return classifier.classify(d).stream().filter(u -> u.startsWith(THEME_PREFIX))
        .map(u -> u.substring(THEME_PREFIX.length())).distinct().sorted().toList();
  }

  /** Every concept of the theme scheme, each theme followed by what is below it. */
  public List<Concept> themeConcepts() {
    List<Concept> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    java.util.Deque<Concept> todo = new java.util.ArrayDeque<>(themes());
    while (!todo.isEmpty()) {
      Concept c = todo.pollFirst();
      if (!seen.add(c.uri())) continue;
      out.add(c);
      List<Concept> below = new ArrayList<>(children(c.uri()));
      java.util.Collections.reverse(below);
      below.forEach(todo::addFirst);
    }
    return out;
  }

  /** The dataset's most specific concepts, labelled in {@code lang}, theme-scheme ones first. */
  public List<Ref> conceptsOf(Dataset d, String lang) {
    return classifier.specific(d).stream().map(thesaurus::concept).flatMap(Optional::stream)
        .sorted(Comparator.comparing((Concept c) -> !c.scheme().equals(THEME_SCHEME)).thenComparing(Thesaurus.ORDER))
        .map(c -> new Ref(c.uri(), c.label(lang), schemeTitle(c.scheme(), lang))).toList();
  }

  /**
   * The counted concepts of a search as a forest: a concept is under a broader one when both are
   * counted (datasets carry every ancestor, so a counted concept's parents are counted too). Theme
   * scheme first, in its order; then other schemes' roots, most datasets first. Unknown URIs (a
   * thesaurus removed since indexing) are left out.
   */
  public List<Node> facetTree(List<FacetCount> counts, String lang) {
    Map<String, Long> counted = new HashMap<>();
    if (counts != null) counts.stream().filter(c -> c.count() > 0).forEach(c -> counted.put(c.value(), c.count()));
    List<Concept> roots = counted.keySet().stream().map(thesaurus::concept).flatMap(Optional::stream)
        .filter(c -> c.broader().stream().noneMatch(counted::containsKey)).toList();
    return nodes(roots, counted, lang, new HashSet<>());
  }

  private List<Node> nodes(List<Concept> concepts, Map<String, Long> counted, String lang, Set<String> onPath) {
    List<Concept> sorted = new ArrayList<>(concepts);
    sorted.sort(Comparator.comparing((Concept c) -> !c.scheme().equals(THEME_SCHEME))
        .thenComparing(c -> c.scheme().equals(THEME_SCHEME) ? 0 : -counted.get(c.uri()))
        .thenComparing(Thesaurus.ORDER));
    List<Node> out = new ArrayList<>();
    for (Concept c : sorted) {
      if (!onPath.add(c.uri())) continue; // a cycle in a thesaurus
      List<Concept> kids = c.narrower().stream().filter(counted::containsKey).map(thesaurus::concept)
          .flatMap(Optional::stream).toList();
      out.add(new Node(c.uri(), c.label(lang), counted.get(c.uri()), nodes(kids, counted, lang, onPath)));
      onPath.remove(c.uri());
    }
    return out;
  }
}
