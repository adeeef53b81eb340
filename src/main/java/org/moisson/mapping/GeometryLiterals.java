package org.moisson.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.moisson.record.BoundingBox;
import org.moisson.record.DatasetBuilder;
import org.moisson.record.Point;
import org.moisson.record.Polygon;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Geometry literals as catalogues write them: WKT (optionally after a CRS IRI, as GeoSPARQL
 * wktLiteral does), GeoJSON, and the GML Envelope of GeoDCAT-AP. Coordinates are read as
 * longitude, latitude unless the CRS is EPSG:4326, whose official axis order is latitude first.
 * What is not understood is ignored (the caller keeps the place name, if any).
 */
final class GeometryLiterals {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Pattern WKT_CRS = Pattern.compile("^<([^>]*)>\\s*(.*)$", Pattern.DOTALL);
  private static final Pattern WKT = Pattern.compile("^([A-Za-z]+)\\s*(?:ZM|Z|M)?\\s*(\\(.*\\))\\s*$", Pattern.DOTALL);
  private static final Pattern GML_SRS = Pattern.compile("srsName\\s*=\\s*\"([^\"]*)\"");
  private static final Pattern GML_LOWER = Pattern.compile("lowerCorner>\\s*([^<]+)<");
  private static final Pattern GML_UPPER = Pattern.compile("upperCorner>\\s*([^<]+)<");

  private GeometryLiterals() {}

  /**
   * Adds to the builder what the literal describes.
   *
   * @param asBox true for dcat:bbox, whose polygon stands for its envelope
   * @return false when the text is no geometry this class reads
   */
  static boolean read(String text, boolean asBox, DatasetBuilder b) {
    String t = text.strip();
    try {
      Shapes shapes;
      if (t.startsWith("{")) shapes = geoJson(JSON.readTree(t));
      else if (t.startsWith("<") && t.contains("Envelope")) shapes = gmlEnvelope(t);
      else shapes = wkt(t);
      return shapes != null && shapes.addTo(b, asBox);
    } catch (JacksonException | IllegalArgumentException e) {
      return false; // malformed JSON, a number that is not one, a coordinate out of range
    }
  }

  /** Outer rings and points, in lon/lat order. */
  private record Shapes(List<List<double[]>> rings, List<double[]> points) {
    Shapes() {
      this(new ArrayList<>(), new ArrayList<>());
    }

    boolean addTo(DatasetBuilder b, boolean asBox) {
      if (rings.stream().allMatch(r -> r.size() < 3) && points.isEmpty()) return false;
      for (double[] p : points) add(b.points, new Point(p[0], p[1]));
      for (List<double[]> ring : rings) {
        // An empty or two-point "polygon" (GeoJSON whose coordinates are missing) is no area.
        if (ring.size() < 3) continue;
        List<Point> pts = ring.stream().map(p -> new Point(p[0], p[1])).toList();
        Polygon polygon = new Polygon(pts);
        if (asBox || isRectangle(ring)) add(b.boxes, polygon.envelope());
        else if (pts.stream().distinct().count() >= 3) add(b.polygons, polygon);
      }
      return true;
    }

    private static boolean isRectangle(List<double[]> ring) {
      if (ring.size() < 4 || ring.size() > 5) return false;
      return ring.stream().map(p -> p[0]).distinct().count() == 2
          && ring.stream().map(p -> p[1]).distinct().count() == 2;
    }
  }

  private static <T> void add(List<T> list, T value) {
    if (value != null && !list.contains(value)) list.add(value);
  }

  private static Shapes wkt(String text) {
    boolean latFirst = false;
    Matcher crs = WKT_CRS.matcher(text);
    if (crs.matches()) {
      latFirst = isLatLon(crs.group(1));
      text = crs.group(2);
    }
    Matcher m = WKT.matcher(text);
    if (!m.matches()) return null;
    String kind = m.group(1).toUpperCase(Locale.ROOT);
    Object tree = new Parens(m.group(2)).parse();
    Shapes s = new Shapes();
    switch (kind) {
      case "POINT" -> s.points.add(coordinate(tree, latFirst));
      case "POLYGON" -> s.rings.add(ring(((List<?>) tree).get(0), latFirst));
      case "MULTIPOLYGON" -> {
        for (Object polygon : (List<?>) tree) s.rings.add(ring(((List<?>) polygon).get(0), latFirst));
      }
      case "ENVELOPE" -> { // ENVELOPE(minX, maxX, maxY, minY), as CQL and Solr write boxes
        List<?> v = (List<?>) tree;
        double w = number(v.get(0)), e = number(v.get(1)), n = number(v.get(2)), so = number(v.get(3));
        s.rings.add(List.of(new double[] {w, so}, new double[] {e, so}, new double[] {e, n}, new double[] {w, n}));
      }
      default -> { return null; }
    }
    return s;
  }

  private static double[] coordinate(Object node, boolean latFirst) {
    Object c = node instanceof List<?> l && l.size() == 1 ? l.get(0) : node;
    String[] parts = ((String) c).strip().split("\\s+");
    double x = Double.parseDouble(parts[0]), y = Double.parseDouble(parts[1]);
    return latFirst ? new double[] {y, x} : new double[] {x, y};
  }

  private static List<double[]> ring(Object node, boolean latFirst) {
    List<double[]> ring = new ArrayList<>();
    for (Object c : (List<?>) node) ring.add(coordinate(c, latFirst));
    return ring;
  }

  private static double number(Object node) {
    return Double.parseDouble(((String) node).strip());
  }

  /** Nested parentheses as lists, the text between commas as strings. */
  private static final class Parens {
    private final String s;
    private int i;

    Parens(String s) {
      this.s = s;
    }

    Object parse() {
      skipSpaces();
      if (s.charAt(i) != '(') {
        int start = i;
        while (i < s.length() && s.charAt(i) != ',' && s.charAt(i) != ')') i++;
        return s.substring(start, i);
      }
      i++;
      List<Object> items = new ArrayList<>();
      while (true) {
        items.add(parse());
        skipSpaces();
        char c = s.charAt(i++);
        if (c == ')') return items;
        if (c != ',') throw new IllegalArgumentException("unexpected '" + c + "' in WKT");
      }
    }

    private void skipSpaces() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
      if (i >= s.length()) throw new IllegalArgumentException("truncated WKT");
    }
  }

  private static Shapes geoJson(JsonNode g) {
    Shapes s = new Shapes();
    String type = g.path("type").asString("");
    JsonNode c = g.path("coordinates");
    switch (type) {
      case "Point" -> s.points.add(position(c));
      case "Polygon" -> s.rings.add(positions(c.path(0)));
      case "MultiPolygon" -> c.forEach(polygon -> s.rings.add(positions(polygon.path(0))));
      case "Feature" -> { return geoJson(g.path("geometry")); }
      case "GeometryCollection" -> g.path("geometries").forEach(child -> {
        Shapes inner = geoJson(child);
        if (inner != null) { s.rings.addAll(inner.rings); s.points.addAll(inner.points); }
      });
      default -> { return null; }
    }
    return s;
  }

  private static double[] position(JsonNode p) {
    if (!p.path(0).isNumber() || !p.path(1).isNumber()) throw new IllegalArgumentException("not a GeoJSON position");
    return new double[] {p.path(0).asDouble(), p.path(1).asDouble()};
  }

  private static List<double[]> positions(JsonNode ring) {
    List<double[]> out = new ArrayList<>();
    ring.forEach(p -> out.add(position(p)));
    return out;
  }

  private static Shapes gmlEnvelope(String xml) {
    Matcher lo = GML_LOWER.matcher(xml), up = GML_UPPER.matcher(xml), srs = GML_SRS.matcher(xml);
    if (!lo.find() || !up.find()) return null;
    boolean latFirst = srs.find() && isLatLon(srs.group(1));
    double[] a = coordinate(lo.group(1), latFirst), b = coordinate(up.group(1), latFirst);
    Shapes s = new Shapes();
    s.rings.add(List.of(a, new double[] {b[0], a[1]}, b, new double[] {a[0], b[1]}));
    return s;
  }

  /** EPSG:4326 in its URI, URN or short forms; CRS84 and the rest are longitude first. */
  private static boolean isLatLon(String crs) {
    String c = crs.strip();
    return c.endsWith("/EPSG/0/4326") || c.endsWith("EPSG::4326") || c.equalsIgnoreCase("EPSG:4326");
  }
}
