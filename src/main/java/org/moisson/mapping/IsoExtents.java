package org.moisson.mapping;

import org.moisson.record.BoundingBox;
import org.moisson.record.DatasetBuilder;
import org.moisson.record.Period;
import org.moisson.xml.Dom;
import org.w3c.dom.Element;

/**
 * The resource's extents: geographic bounding boxes (as many as given), place names (the extent's
 * description, geographic identifiers) and time periods or instants in GML 3.1 or 3.2 (the GML
 * namespace does not matter: elements are read by local name). A bad box or date is dropped, never
 * thrown: one typing slip must not lose the record.
 */
final class IsoExtents {
  private IsoExtents() {}

  static void map(Element identification, DatasetBuilder b) {
    for (Element extent : IsoPaths.all(identification, "extent", "EX_Extent")) {
      Payloads.addOnce(b.places, IsoText.text(Dom.child(extent, "description")));
      for (Element g : Dom.children(extent, "geographicElement")) {
        for (Element box : Dom.children(g, "EX_GeographicBoundingBox")) {
          if (!excluded(box)) Payloads.addOnce(b.boxes, box(box));
        }
        for (Element id : IsoPaths.all(g, "EX_GeographicDescription", "geographicIdentifier")) {
          for (Element code : IsoPaths.all(id, "*", "code")) Payloads.addOnce(b.places, IsoText.text(code));
        }
      }
      for (Element te : Dom.children(extent, "temporalElement")) {
        for (Element inner : Dom.children(te)) {
          for (Element e : Dom.children(Dom.child(inner, "extent"))) Payloads.addOnce(b.temporal, period(e));
        }
      }
    }
  }

  /** extentTypeCode false marks an area the resource leaves out, not one it covers. */
  private static boolean excluded(Element box) {
    String v = IsoText.text(Dom.child(box, "extentTypeCode"));
    return v != null && (v.equals("0") || v.equalsIgnoreCase("false"));
  }

  private static BoundingBox box(Element box) {
    return DataCiteGeo.box(number(box, "westBoundLongitude"), number(box, "southBoundLatitude"),
        number(box, "eastBoundLongitude"), number(box, "northBoundLatitude"));
  }

  private static Double number(Element box, String name) {
    return DataCiteGeo.number(IsoText.text(Dom.child(box, name)));
  }

  /** A gml:TimePeriod (begin/endPosition, or begin/end holding a TimeInstant) or a gml:TimeInstant. */
  static Period period(Element e) {
    String name = Dom.localName(e);
    if (name.equals("TimeInstant")) {
      String at = position(Dom.child(e, "timePosition"));
      return at == null ? null : new Period(at, at);
    }
    if (!name.equals("TimePeriod")) return null;
    String start = position(Dom.child(e, "beginPosition"));
    if (start == null) start = position(IsoPaths.first(e, "begin", "TimeInstant", "timePosition"));
    String end = position(Dom.child(e, "endPosition"));
    if (end == null) end = position(IsoPaths.first(e, "end", "TimeInstant", "timePosition"));
    return start == null && end == null ? null : new Period(start, end);
  }

  /** An ISO date, or null for an empty position, "now", "unknown" (indeterminatePosition) or a non-date. */
  private static String position(Element p) {
    if (p == null) return null;
    String clean = IsoDates.clean(Dom.text(p));
    return clean == null || clean.indexOf('/') >= 0 ? null : clean;
  }
}
