package org.moisson.vocabulary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.moisson.record.Keyword;
import org.moisson.search.Folding;

/**
 * Finds the concepts a harvested keyword names. In order:
 * <ol>
 * <li>a keyword carrying the URI of a loaded concept is that concept;
 * <li>a keyword path ("EARTH SCIENCE > ATMOSPHERE > AEROSOLS", GCMD style) is the concept whose
 *     label is the last segment and whose ancestors' labels are the segments before it, or a concept
 *     with the whole path as a label (the theme scheme keeps GCMD paths as hidden labels); when
 *     nothing has the whole path, the path less its last segment is tried, and so on;
 * <li>any other keyword is every concept with that label (preferred, alternative or hidden, in any
 *     language).
 * </ol>
 * Labels compare folded ({@link Folding}: case, accents, punctuation) and with a final plural "s"
 * or "x" of each word dropped, so "Aérosol", "aerosols" and "AEROSOLS" are one label.
 */
final class KeywordMatcher {
  private static final Pattern PATH_SEPARATOR = Pattern.compile("\\s*>\\s*");

  private final Thesaurus thesaurus;
  private final Map<String, Set<String>> byLabel = new HashMap<>();
  /** Labels that are paths, by the key of the whole path. */
  private final Map<String, Set<String>> byPath = new HashMap<>();

  KeywordMatcher(Thesaurus thesaurus) {
    this.thesaurus = thesaurus;
    for (Concept c : thesaurus.concepts()) {
      for (String label : c.matchLabels()) {
        if (label.contains(">")) {
          byPath.computeIfAbsent(pathKey(segments(label)), k -> new LinkedHashSet<>()).add(c.uri());
        } else {
          String key = key(label);
          if (!key.isEmpty()) byLabel.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(c.uri());
        }
      }
    }
  }

  /** URIs of the concepts the keyword names, most specific as given; empty when none. */
  Set<String> match(Keyword k) {
    if (k == null) return Set.of();
    if (k.uri() != null && thesaurus.concept(k.uri()).isPresent()) return Set.of(k.uri());
    return match(k.label());
  }

  Set<String> match(String label) {
    if (label == null || label.isBlank()) return Set.of();
    if (label.contains(">")) return path(segments(label));
    return byLabel.getOrDefault(key(label), Set.of());
  }

  private Set<String> path(List<String> segments) {
    for (int n = segments.size(); n > 0; n--) {
      List<String> head = segments.subList(0, n);
      Set<String> found = new LinkedHashSet<>(byPath.getOrDefault(pathKey(head), Set.of()));
      for (String candidate : byLabel.getOrDefault(key(head.get(n - 1)), Set.of())) {
        if (ancestorsNamed(candidate, head.subList(0, n - 1))) found.add(candidate);
      }
      if (!found.isEmpty()) return found;
    }
    return Set.of();
  }

  /** Whether the concept's parent is named by the last of {@code names}, its grandparent by the one before… */
  private boolean ancestorsNamed(String uri, List<String> names) {
    if (names.isEmpty()) return true;
    String wanted = key(names.get(names.size() - 1));
    Concept c = thesaurus.concept(uri).orElseThrow();
    for (String parent : c.broader()) {
      Concept p = thesaurus.concept(parent).orElseThrow();
      if (p.matchLabels().stream().anyMatch(l -> key(l).equals(wanted))
          && ancestorsNamed(parent, names.subList(0, names.size() - 1))) {
        return true;
      }
    }
    return false;
  }

  private static List<String> segments(String path) {
    List<String> out = new ArrayList<>();
    for (String s : PATH_SEPARATOR.split(path.strip())) {
      if (!s.isBlank()) out.add(s.strip());
    }
    return out;
  }

  private static String pathKey(List<String> segments) {
    return String.join(" > ", segments.stream().map(KeywordMatcher::key).toList());
  }

  /** The form labels are compared in: folded, each word without a final plural s or x. */
  static String key(String label) {
    List<String> words = Folding.words(label);
    StringBuilder out = new StringBuilder();
    for (String w : words) {
      if (!out.isEmpty()) out.append(' ');
      boolean plural = w.length() > 3 && (w.endsWith("s") || w.endsWith("x")) && !w.endsWith("ss");
      out.append(plural ? w.substring(0, w.length() - 1) : w);
    }
    return out.toString();
  }
}
