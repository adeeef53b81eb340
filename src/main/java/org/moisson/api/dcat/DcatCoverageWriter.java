package org.moisson.api.dcat;

import static org.moisson.api.dcat.DcatVocabulary.*;

import java.util.Locale;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.moisson.record.BoundingBox;
import org.moisson.record.Dataset;
import org.moisson.record.Period;
import org.moisson.record.Point;
import org.moisson.record.Polygon;
import org.moisson.xml.XmlChars;

/**
 * Spatial coverage as dct:Location nodes (one per box, point, polygon or place name, since DCAT-AP
 * allows one dcat:bbox and one locn:geometry per location) with GeoSPARQL WKT literals in
 * longitude-latitude order (CRS84), and temporal coverage as dct:PeriodOfTime.
 */
final class DcatCoverageWriter {
  private static final String WKT = GSP + "wktLiteral";

  private DcatCoverageWriter() {}

  static void write(Model m, Resource ds, Dataset d) {
    for (BoundingBox b : d.spatial().boxes()) {
      ds.addProperty(SPATIAL, m.createResource(LOCATION).addProperty(BBOX, wkt(m, box(b))));
    }
    for (Point p : d.spatial().points()) {
      ds.addProperty(SPATIAL, m.createResource(LOCATION).addProperty(GEOMETRY, wkt(m, "POINT(" + xy(p) + ")")));
    }
    for (Polygon p : d.spatial().polygons()) {
      if (p.ring().size() < 3) continue;
      ds.addProperty(SPATIAL, m.createResource(LOCATION).addProperty(GEOMETRY, wkt(m, polygon(p))));
    }
    for (String place : d.spatial().places()) {
      String name = XmlChars.clean(place);
      if (!name.isBlank()) ds.addProperty(SPATIAL, m.createResource(LOCATION).addProperty(PREF_LABEL, name));
    }
    for (Period p : d.temporal()) {
      Resource period = m.createResource(PERIOD);
      Literal start = DcatDatasetWriter.dateLiteral(m, p.start());
      Literal end = DcatDatasetWriter.dateLiteral(m, p.end());
      if (start == null && end == null) continue;
      if (start != null) period.addProperty(START_DATE, start);
      if (end != null) period.addProperty(END_DATE, end);
      ds.addProperty(TEMPORAL, period);
    }
  }

  private static Literal wkt(Model m, String text) {
    return m.createTypedLiteral(text, WKT);
  }

  /**
   * A WKT polygon cannot cross the antimeridian, so a box that does (west &gt; east) is written as
   * a MULTIPOLYGON of its two halves, west of 180° and east of -180°.
   */
  static String box(BoundingBox b) {
    if (!b.crossesAntimeridian()) return "POLYGON(" + ring(b.west(), b.south(), b.east(), b.north()) + ")";
    return "MULTIPOLYGON((" + ring(b.west(), b.south(), 180, b.north()) + "),(" + ring(-180, b.south(), b.east(), b.north()) + "))";
  }

  private static String ring(double w, double s, double e, double n) {
    return "(" + n(w) + " " + n(s) + ", " + n(e) + " " + n(s) + ", " + n(e) + " " + n(n) + ", " + n(w) + " " + n(n)
        + ", " + n(w) + " " + n(s) + ")";
  }

  private static String polygon(Polygon p) {
    StringBuilder sb = new StringBuilder("POLYGON((");
    for (Point pt : p.ring()) sb.append(xy(pt)).append(", ");
    Point first = p.ring().get(0);
    Point last = p.ring().get(p.ring().size() - 1);
    if (!first.equals(last)) sb.append(xy(first));
    else sb.setLength(sb.length() - 2);
    return sb.append("))").toString();
  }

  private static String xy(Point p) {
    return n(p.lon()) + " " + n(p.lat());
  }

  private static String n(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%d", (long) v) : Double.toString(v);
  }
}
