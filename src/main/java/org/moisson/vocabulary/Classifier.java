package org.moisson.vocabulary;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.moisson.record.Dataset;
import org.moisson.record.Keyword;

/**
 * Classifies a dataset under thesaurus concepts, from its keywords and themes. The concepts a keyword
 * names ({@link KeywordMatcher}) bring along, transitively: their broader concepts; the concepts
 * mapped to them (a theme concept whose skos:exactMatch or skos:closeMatch is a GCMD concept
 * classifies every dataset under that GCMD concept or below it); and the concepts they are
 * skos:exactMatch of. So a dataset tagged "EARTH SCIENCE > ATMOSPHERE > AEROSOLS" is found under
 * GCMD Aerosols, GCMD Atmosphere, the theme Aérosols and the theme Atmosphère.
 *
 * <pre>{@code
 * List<String> uris = classifier.classify(dataset); // what IndexedDataset.concepts() holds
 * }</pre>
 */
public final class Classifier {
  private final Thesaurus thesaurus;
  private final KeywordMatcher matcher;
  /** For each concept, the concepts that map to it. */
  private final Map<String, Set<String>> mappedFrom = new HashMap<>();

  public Classifier(Thesaurus thesaurus) {
    this.thesaurus = thesaurus;
    this.matcher = new KeywordMatcher(thesaurus);
    for (Concept c : thesaurus.concepts()) {
      for (String target : c.exactMatch()) mappedFrom.computeIfAbsent(target, k -> new LinkedHashSet<>()).add(c.uri());
      for (String target : c.closeMatch()) mappedFrom.computeIfAbsent(target, k -> new LinkedHashSet<>()).add(c.uri());
    }
  }

  public Thesaurus thesaurus() {
    return thesaurus;
  }

  /** The concepts the dataset's keywords and themes name, before any inheritance. */
  public Set<String> direct(Dataset d) {
    Set<String> out = new LinkedHashSet<>();
    for (Keyword k : d.keywords()) out.addAll(matcher.match(k));
    for (String theme : d.themes()) out.addAll(matcher.match(theme));
    return out;
  }

  /** Every concept the dataset is classified under: direct ones and all they bring along. */
  public List<String> classify(Dataset d) {
    return List.copyOf(close(direct(d)));
  }

  /** The concepts of a keyword alone, with all they bring along (for tests and the suggest box). */
  public Set<String> classify(String keyword) {
    return close(matcher.match(keyword));
  }

  /**
   * The most specific concepts of a dataset, for display: its direct concepts and the concepts
   * mapped to them, less any that is an ancestor of another.
   */
  public List<String> specific(Dataset d) {
    Set<String> direct = direct(d);
    Set<String> all = close(direct);
    Set<String> ancestorsOfOthers = new LinkedHashSet<>();
    for (String uri : all) ancestorsOfOthers.addAll(thesaurus.ancestors(uri));
    List<String> out = new ArrayList<>();
    for (String uri : all) {
      if (!ancestorsOfOthers.contains(uri) && (direct.contains(uri) || isMappedTo(uri, all))) out.add(uri);
    }
    return out;
  }

  private boolean isMappedTo(String uri, Set<String> among) {
    Concept c = thesaurus.concept(uri).orElse(null);
    if (c == null) return false;
    return c.exactMatch().stream().anyMatch(among::contains) || c.closeMatch().stream().anyMatch(among::contains);
  }

  private Set<String> close(Set<String> start) {
    Set<String> seen = new LinkedHashSet<>(start);
    Deque<String> todo = new ArrayDeque<>(start);
    while (!todo.isEmpty()) {
      String uri = todo.poll();
      Concept c = thesaurus.concept(uri).orElse(null);
      if (c == null) continue;
      for (String next : c.broader()) if (seen.add(next)) todo.add(next);
      for (String next : mappedFrom.getOrDefault(uri, Set.of())) if (seen.add(next)) todo.add(next);
      for (String next : c.exactMatch()) if (thesaurus.concept(next).isPresent() && seen.add(next)) todo.add(next);
    }
    return seen;
  }
}
