package org.moisson.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.moisson.record.BoundingBox;
import org.moisson.record.Dataset;
import org.moisson.record.Dates;
import org.moisson.record.Keyword;
import org.moisson.record.Period;
import org.moisson.record.Point;
import org.moisson.record.Polygon;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/** Pure pieces of the dataset page: text as paragraphs, keyword groups, the time bar, the map's GeoJSON. */
final class DatasetViews {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private DatasetViews() {}

  record Link(String label, String href) {}

  /** One period on the time bar: left and width in percent of the span of all periods. */
  record TimeBar(String start, String end, double left, double width) {}

  /** Harvested text shown as text: one paragraph per line or run of blank lines, never as HTML. */
  static List<String> paragraphs(String text) {
    if (text == null) return List.of();
    List<String> out = new ArrayList<>();
    for (String p : text.split("\\r?\\n(\\s*\\r?\\n)*")) {
      String s = p.strip();
      if (!s.isEmpty()) out.add(s);
    }
    return out;
  }

  /**
   * Keywords grouped by thesaurus (free keywords last, under ""), each a link to a search: by concept
   * when the source gave the concept's URI, else by keyword.
   */
  static Map<String, List<Link>> keywordGroups(Dataset d) {
    Map<String, List<Link>> groups = new LinkedHashMap<>();
    List<Link> free = new ArrayList<>();
    for (Keyword k : d.keywords()) {
      Link link = new Link(k.label(), k.uri() != null && k.uri().matches("(?i)^(https?|urn):.+")
          ? search("concept", k.uri()) : search("keyword", k.label()));
      if (k.scheme() == null || k.scheme().isBlank()) free.add(link);
      else groups.computeIfAbsent(k.scheme().strip(), s -> new ArrayList<>()).add(link);
    }
    if (!free.isEmpty()) groups.put("", free);
    return groups;
  }

  static List<Link> themes(Dataset d) {
    return d.themes().stream().distinct().map(t -> new Link(t, search("keyword", t))).toList();
  }

  static String search(String param, String value) {
    return UriComponentsBuilder.fromPath("/search").queryParam(param, "{v}").buildAndExpand(value).encode().toUriString();
  }

  /** The counted way out to a URL the dataset holds (see the go endpoint). */
  static String go(String datasetId, String url) {
    return "/datasets/" + URLEncoder.encode(datasetId, StandardCharsets.UTF_8) + "/go?to="
        + URLEncoder.encode(url, StandardCharsets.UTF_8);
  }

  /** The periods on one axis from the earliest start to the latest end (today for an open end). */
  static List<TimeBar> timeBars(List<Period> periods) {
    LocalDate min = null, max = null;
    List<LocalDate[]> spans = new ArrayList<>();
    for (Period p : periods) {
      LocalDate s = Dates.first(p.start() != null ? p.start() : p.end());
      LocalDate e = p.end() != null ? Dates.last(p.end()) : LocalDate.now();
      if (s == null || e == null) continue;
      if (e.isBefore(s)) { LocalDate t = s; s = e; e = t; }
      spans.add(new LocalDate[] {s, e});
      min = min == null || s.isBefore(min) ? s : min;
      max = max == null || e.isAfter(max) ? e : max;
    }
    List<TimeBar> out = new ArrayList<>();
    if (min == null) return out;
    double total = Math.max(1, max.toEpochDay() - min.toEpochDay());
    for (int i = 0; i < spans.size(); i++) {
      LocalDate[] sp = spans.get(i);
      Period p = periods.get(i);
      double left = (sp[0].toEpochDay() - min.toEpochDay()) * 100 / total;
      double width = Math.max(1, (sp[1].toEpochDay() - sp[0].toEpochDay()) * 100 / total);
      out.add(new TimeBar(p.start(), p.end(), round(left), round(Math.min(width, 100 - left))));
    }
    return out;
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }

  /**
   * The spatial extent as GeoJSON for the map; null when there is none. A box across the antimeridian
   * runs east past 180° so Leaflet draws it across the Pacific, not around the world.
   */
  static String geoJson(Dataset d) {
    List<Object> features = new ArrayList<>();
    for (BoundingBox b : d.spatial().boxes()) {
      double east = b.crossesAntimeridian() ? b.east() + 360 : b.east();
      if (b.west() == east && b.south() == b.north()) {
        features.add(feature("Point", List.of(b.west(), b.south()), "box"));
        continue;
      }
      features.add(feature("Polygon", List.of(List.of(List.of(b.west(), b.south()), List.of(east, b.south()),
          List.of(east, b.north()), List.of(b.west(), b.north()), List.of(b.west(), b.south()))), "box"));
    }
    for (Point p : d.spatial().points()) features.add(feature("Point", List.of(p.lon(), p.lat()), "point"));
    for (Polygon poly : d.spatial().polygons()) {
      if (poly.ring().size() < 3) continue;
      List<List<Double>> ring = new ArrayList<>();
      poly.ring().forEach(p -> ring.add(List.of(p.lon(), p.lat())));
      if (!ring.get(0).equals(ring.get(ring.size() - 1))) ring.add(ring.get(0));
      features.add(feature("Polygon", List.of(ring), "polygon"));
    }
    if (features.isEmpty()) return null;
    return JSON.writeValueAsString(Map.of("type", "FeatureCollection", "features", features));
  }

  private static Map<String, Object> feature(String type, Object coordinates, String kind) {
    return Map.of("type", "Feature", "properties", Map.of("kind", kind),
        "geometry", Map.of("type", type, "coordinates", coordinates));
  }

  /** 1234567 → "1.2 MB" (decimal units, as repositories show sizes). */
  static String size(Long bytes) {
    if (bytes == null || bytes < 0) return null;
    if (bytes < 1000) return bytes + " B";
    String[] units = {"kB", "MB", "GB", "TB", "PB"};
    double v = bytes;
    int u = -1;
    while (v >= 1000 && u < units.length - 1) {
      v /= 1000;
      u++;
    }
    return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
  }

  /** A ROR id as written by sources ("04wxnsj81" or its URL) as its URL. */
  static String rorUrl(String ror) {
    if (ror == null || ror.isBlank()) return null;
    return ror.startsWith("http") ? ror : "https://ror.org/" + ror.strip();
  }
}
