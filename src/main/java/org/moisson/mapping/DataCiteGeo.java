package org.moisson.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.moisson.record.BoundingBox;
import org.moisson.record.DatasetBuilder;
import org.moisson.record.Point;
import org.moisson.record.Polygon;
import org.moisson.xml.Dom;
import org.w3c.dom.Element;

/**
 * DataCite geoLocations: places, points, boxes and polygons. Kernel 4 writes coordinates as
 * elements; kernel 3 as text, latitude first ("lat lon", "south west north east"). Values a source
 * got wrong are dropped, never thrown: one bad box must not lose the whole record.
 */
final class DataCiteGeo {
  private DataCiteGeo() {}

  static void map(Element resource, DatasetBuilder b) {
    for (Element g : Payloads.items(resource, "geoLocations", "geoLocation")) {
      for (Element place : Dom.children(g, "geoLocationPlace")) Payloads.addOnce(b.places, place(Dom.text(place)));
      for (Element p : Dom.children(g, "geoLocationPoint")) Payloads.addOnce(b.points, point(p));
      for (Element box : Dom.children(g, "geoLocationBox")) Payloads.addOnce(b.boxes, box(box));
      for (Element poly : Dom.children(g, "geoLocationPolygon")) Payloads.addOnce(b.polygons, polygon(poly));
    }
  }

  private static final Pattern EMPTY_PARTS = Pattern.compile("\\s*,(?:\\s*,)+");
  private static final Pattern EDGE_COMMAS = Pattern.compile("^[\\s,]+|[\\s,]+$");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s,]+");

  /** Dataverse joins country, state, city… with commas even when some are empty ("MA,, Cambridge,"). */
  static String place(String text) {
    if (text == null) return null;
    String p = EDGE_COMMAS.matcher(EMPTY_PARTS.matcher(text).replaceAll(",")).replaceAll("");
    return p.isEmpty() ? null : p;
  }

  static Point point(Element p) {
    if (Dom.children(p).isEmpty()) {
      double[] v = numbers(Dom.text(p), 2);
      return v == null ? null : point(v[1], v[0]);
    }
    return point(number(Dom.text(p, "pointLongitude")), number(Dom.text(p, "pointLatitude")));
  }

  static BoundingBox box(Element box) {
    if (Dom.children(box).isEmpty()) {
      double[] v = numbers(Dom.text(box), 4);
      return v == null ? null : box(v[1], v[0], v[3], v[2]);
    }
    return box(number(Dom.text(box, "westBoundLongitude")), number(Dom.text(box, "southBoundLatitude")),
        number(Dom.text(box, "eastBoundLongitude")), number(Dom.text(box, "northBoundLatitude")));
  }

  /** A polygon missing a vertex is another shape, so one bad point drops the polygon. */
  static Polygon polygon(Element poly) {
    List<Point> ring = new ArrayList<>();
    for (Element p : Dom.children(poly, "polygonPoint")) {
      Point point = point(p);
      if (point == null) return null;
      ring.add(point);
    }
    return ring.stream().distinct().count() >= 3 ? new Polygon(ring) : null;
  }

  /** Latitude and longitude swapped is a common slip; swap back only when the values prove it. */
  static Point point(Double lon, Double lat) {
    if (lon == null || lat == null) return null;
    Point p = pointOrNull(lon, lat);
    return p != null || Math.abs(lat) <= 90 ? p : pointOrNull(lat, lon);
  }

  static BoundingBox box(Double west, Double south, Double east, Double north) {
    BoundingBox b = BoundingBox.lenient(west, south, east, north);
    if (b != null || south == null || north == null || (Math.abs(south) <= 90 && Math.abs(north) <= 90)) return b;
    return BoundingBox.lenient(south, west, north, east);
  }

  private static Point pointOrNull(double lon, double lat) {
    try {
      return new Point(lon, lat);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** A decimal as sources write it, a comma for a point included; null when it is not a finite number. */
  static Double number(String text) {
    if (text == null) return null;
    String t = text.strip();
    if (t.indexOf('.') < 0) t = t.replace(',', '.');
    try {
      double d = Double.parseDouble(t);
      return Double.isFinite(d) ? d : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static double[] numbers(String text, int count) {
    if (text == null) return null;
    String[] parts = SEPARATORS.split(text.strip());
    if (parts.length != count) return null;
    double[] out = new double[count];
    for (int i = 0; i < count; i++) {
      Double d = number(parts[i]);
      if (d == null) return null;
      out[i] = d;
    }
    return out;
  }
}
