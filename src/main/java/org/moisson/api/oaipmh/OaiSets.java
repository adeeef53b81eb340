package org.moisson.api.oaipmh;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.moisson.store.CatalogueReads;

/**
 * The set hierarchy: {@code source:<id>} for each source, {@code theme:<slug>} for each concept of
 * the platform's theme scheme (themes, sub-domains, variables), a dataset being in the sets of the
 * concepts it is classified under and of their ancestors.
 */
final class OaiSets {
  private static final Pattern SPEC = Pattern.compile("(source):(\\d{1,18})|(theme):([a-z0-9-]+)");

  private OaiSets() {}

  /** setSpec → setName, sources first, then themes in the scheme's order. */
  static Map<String, String> all(Map<Long, String> sources, Map<String, String> themes) {
    Map<String, String> sets = new LinkedHashMap<>();
    sources.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> sets.put("source:" + e.getKey(), e.getValue()));
    themes.forEach((slug, name) -> sets.put("theme:" + slug, name));
    return sets;
  }

  /** The specs a dataset belongs to. */
  static List<String> of(List<Long> sourceIds, List<String> themeSlugs) {
    List<String> specs = new ArrayList<>();
    sourceIds.forEach(id -> specs.add("source:" + id));
    themeSlugs.forEach(slug -> specs.add("theme:" + slug));
    return specs;
  }

  /**
   * The change filter a set argument selects, with the time window; a theme the scheme does not
   * have selects nothing (noRecordsMatch, as for any set without records).
   */
  static CatalogueReads.ChangeFilter filter(String set, java.time.Instant from, java.time.Instant until,
      Map<String, String> themes) {
    if (set == null) return new CatalogueReads.ChangeFilter(null, null, from, until);
    Matcher m = SPEC.matcher(set);
    if (!m.matches()) {
      throw new OaiError("badArgument", "set must be source:<id> or theme:<name>, as ListSets lists them, not '" + set + "'");
    }
    if (m.group(1) != null) return new CatalogueReads.ChangeFilter(Long.parseLong(m.group(2)), null, from, until);
    if (!themes.containsKey(m.group(4))) throw new OaiError("noRecordsMatch", "no dataset is in set " + set);
    return new CatalogueReads.ChangeFilter(null, List.of(m.group(4)), from, until);
  }
}
