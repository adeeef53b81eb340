package org.moisson.api.oaipmh;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.moisson.api.ThemeSlugs;
import org.moisson.store.CatalogueReads;

/** The set hierarchy: {@code source:<id>} for each source, {@code theme:<slug>} for each theme. */
final class OaiSets {
  private static final Pattern SPEC = Pattern.compile("(source):(\\d{1,18})|(theme):([a-z0-9-]+)");

  private OaiSets() {}

  /** setSpec → setName, sources first. */
  static Map<String, String> all(Map<Long, String> sources, List<String> themes) {
    Map<String, String> sets = new LinkedHashMap<>();
    sources.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> sets.put("source:" + e.getKey(), e.getValue()));
    for (String t : themes) sets.putIfAbsent("theme:" + ThemeSlugs.of(t), t);
    return sets;
  }

  /** The specs a dataset belongs to. */
  static List<String> of(List<Long> sourceIds, List<String> themes) {
    List<String> specs = new ArrayList<>();
    sourceIds.forEach(id -> specs.add("source:" + id));
    themes.stream().map(t -> "theme:" + ThemeSlugs.of(t)).distinct().forEach(specs::add);
    return specs;
  }

  /**
   * The change filter a set argument selects, with the time window; a theme no dataset has selects
   * nothing (noRecordsMatch, as for any set without records).
   */
  static CatalogueReads.ChangeFilter filter(String set, java.time.Instant from, java.time.Instant until,
      List<String> allThemes) {
    if (set == null) return new CatalogueReads.ChangeFilter(null, null, from, until);
    Matcher m = SPEC.matcher(set);
    if (!m.matches()) {
      throw new OaiError("badArgument", "set must be source:<id> or theme:<name>, as ListSets lists them, not '" + set + "'");
    }
    if (m.group(1) != null) return new CatalogueReads.ChangeFilter(Long.parseLong(m.group(2)), null, from, until);
    List<String> labels = allThemes.stream().filter(t -> ThemeSlugs.of(t).equals(m.group(4))).toList();
    if (labels.isEmpty()) throw new OaiError("noRecordsMatch", "no dataset is in set " + set);
    return new CatalogueReads.ChangeFilter(null, labels, from, until);
  }
}
