package org.moisson.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.moisson.record.BoundingBox;
import org.moisson.record.Dates;

/**
 * The query-string form of a search, shared by the REST API and the pages so a URL carries the whole
 * search: {@code q, page, size, sort, bbox=W,S,E,N, start, end, <facet>=value…}. Every malformed value
 * is an {@link InvalidQueryException} that names the parameter.
 */
public final class SearchParams {
  private static final Set<String> KNOWN = Set.of("q", "page", "size", "sort", "bbox", "start", "end");

  private SearchParams() {}

  /**
   * @param params every parameter with all its values
   * @param ignored parameters the caller handles itself (e.g. lang); any other unknown one is an error
   */
  public static SearchQuery parse(Map<String, List<String>> params, Set<String> ignored) {
    for (String name : params.keySet()) {
      if (!KNOWN.contains(name) && !ignored.contains(name) && Facet.byParam(name).isEmpty()) {
        throw new InvalidQueryException("unknown parameter '" + name + "'");
      }
    }
    SearchQuery q = SearchQuery.text(one(params, "q"));
    for (Facet f : Facet.values()) {
      for (String v : params.getOrDefault(f.param(), List.of())) {
        if (v != null && !v.isBlank()) q = q.filter(f, v.strip());
      }
    }
    String bbox = one(params, "bbox");
    if (bbox != null) q = q.bbox(bbox(bbox));
    LocalDate start = date("start", one(params, "start"), false);
    LocalDate end = date("end", one(params, "end"), true);
    if (start != null || end != null) q = q.period(start, end);
    String sort = one(params, "sort");
    if (sort != null) q = q.sort(sort(sort));
    return q.page(integer("page", one(params, "page"), 1), integer("size", one(params, "size"), 20));
  }

  private static String one(Map<String, List<String>> params, String name) {
    List<String> v = params.get(name);
    if (v == null || v.isEmpty() || v.get(0) == null || v.get(0).isBlank()) return null;
    if (v.size() > 1) throw new InvalidQueryException("parameter '" + name + "' is given " + v.size() + " times");
    return v.get(0).strip();
  }

  static BoundingBox bbox(String text) {
    String[] parts = text.split(",");
    if (parts.length != 4) {
      throw new InvalidQueryException("bbox must be west,south,east,north in degrees, e.g. -5.2,41.3,9.6,51.1");
    }
    double[] v = new double[4];
    for (int i = 0; i < 4; i++) {
      try {
        v[i] = Double.parseDouble(parts[i].strip());
      } catch (NumberFormatException e) {
        throw new InvalidQueryException("bbox value '" + parts[i].strip() + "' is not a number");
      }
    }
    try {
      return new BoundingBox(v[0], v[1], v[2], v[3]);
    } catch (IllegalArgumentException e) {
      throw new InvalidQueryException("bbox: " + e.getMessage()
          + " (longitudes -180..180, latitudes -90..90, south below north)");
    }
  }

  private static LocalDate date(String name, String text, boolean last) {
    if (text == null) return null;
    if (!text.matches("-?\\d{1,4}(-\\d{2}(-\\d{2})?)?")) {
      throw new InvalidQueryException(name + " must be a date YYYY, YYYY-MM or YYYY-MM-DD, not '" + text + "'");
    }
    if (text.length() == 10) {
      try {
        LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw new InvalidQueryException(name + " '" + text + "' is not a real date");
      }
    }
    LocalDate d = last ? Dates.last(text) : Dates.first(text);
    if (d == null) throw new InvalidQueryException(name + " '" + text + "' is not a real date");
    return d;
  }

  private static SortOrder sort(String text) {
    try {
      return SortOrder.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidQueryException("sort must be relevance, date or title, not '" + text + "'");
    }
  }

  private static int integer(String name, String text, int fallback) {
    if (text == null) return fallback;
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new InvalidQueryException(name + " must be a whole number, not '" + text + "'");
    }
  }
}
