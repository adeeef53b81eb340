package org.moisson.collection;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.moisson.search.InvalidQueryException;
import org.moisson.search.SearchParams;

/**
 * A curated set of datasets the portal shows as a collection: defined by a search (a query string
 * in the results page's own form, e.g. {@code q=coast&keyword=Ocean}) or by a list of dataset ids.
 * Titles and descriptions in French and English; either language falls back to the other.
 */
public record OfficialCollection(String slug, String titleFr, String titleEn, String descriptionFr,
    String descriptionEn, String query, List<String> ids, int position) {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  /** Parameters a collection's query may not fix: the page chooses them. */
  private static final Set<String> PAGE_PARAMS = Set.of("page", "size");

  public OfficialCollection {
    ids = ids == null ? null : List.copyOf(ids);
  }

  /** @throws IllegalArgumentException naming what to fix */
  public OfficialCollection validated() {
    if (slug == null || slug.length() > 80 || !SLUG.matcher(slug).matches()) {
      throw new IllegalArgumentException("slug must be lower-case words of letters and digits joined by '-', e.g. coastal-use-case");
    }
    if (blank(titleFr) && blank(titleEn)) throw new IllegalArgumentException("a title is required (titleFr or titleEn)");
    if (blank(query) == (ids == null)) {
      throw new IllegalArgumentException("give either query (a search query string) or ids (a list of dataset ids), not both");
    }
    if (ids != null && (ids.isEmpty() || ids.size() > 1000 || ids.stream().anyMatch(OfficialCollection::blank))) {
      throw new IllegalArgumentException("ids must list 1 to 1000 dataset ids");
    }
    if (!blank(query)) {
      try {
        SearchParams.parse(queryParams(), Set.of());
      } catch (InvalidQueryException e) {
        throw new IllegalArgumentException("query: " + e.getMessage());
      }
    }
    return this;
  }

  public boolean byQuery() {
    return ids == null;
  }

  public String title(String lang) {
    return pick(lang, titleFr, titleEn);
  }

  public String description(String lang) {
    return pick(lang, descriptionFr, descriptionEn);
  }

  /** The query string as search parameters (page and size left out: the page sets them). */
  public Map<String, List<String>> queryParams() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (blank(query)) return out;
    String q = query.strip();
    if (q.startsWith("?")) q = q.substring(1);
    for (String pair : q.split("&")) {
      if (pair.isEmpty()) continue;
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      if (!PAGE_PARAMS.contains(name)) out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return out;
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("query: '" + s + "' is not a valid query-string part");
    }
  }

  private static String pick(String lang, String fr, String en) {
    String first = "fr".equals(lang) ? fr : en;
    return blank(first) ? ("fr".equals(lang) ? en : fr) : first;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
