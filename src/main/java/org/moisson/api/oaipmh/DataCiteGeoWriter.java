package org.moisson.api.oaipmh;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.moisson.record.BoundingBox;
import org.moisson.record.Dataset;
import org.moisson.record.Point;
import org.moisson.record.Polygon;

/** DataCite geoLocations: one per box, point, polygon (closed, at least four points) and place name. */
final class DataCiteGeoWriter {
  private static final String K = OaiDataCiteWriter.KERNEL;

  private DataCiteGeoWriter() {}

  static void write(XMLStreamWriter w, Dataset d) throws XMLStreamException {
    var s = d.spatial();
    if (s.boxes().isEmpty() && s.points().isEmpty() && s.polygons().isEmpty() && s.places().isEmpty()) return;
    w.writeStartElement(K, "geoLocations");
    for (String place : s.places()) {
      w.writeStartElement(K, "geoLocation");
      OaiDataCiteWriter.writeText(w, "geoLocationPlace", place);
      w.writeEndElement();
    }
    for (Point p : s.points()) {
      w.writeStartElement(K, "geoLocation");
      point(w, "geoLocationPoint", p);
      w.writeEndElement();
    }
    for (BoundingBox b : s.boxes()) {
      w.writeStartElement(K, "geoLocation");
      w.writeStartElement(K, "geoLocationBox");
      number(w, "westBoundLongitude", b.west());
      number(w, "eastBoundLongitude", b.east());
      number(w, "southBoundLatitude", b.south());
      number(w, "northBoundLatitude", b.north());
      w.writeEndElement();
      w.writeEndElement();
    }
    for (Polygon p : s.polygons()) {
      List<Point> ring = new ArrayList<>(p.ring());
      if (ring.size() < 3) continue;
      if (!ring.get(0).equals(ring.get(ring.size() - 1))) ring.add(ring.get(0));
      if (ring.size() < 4) continue;
      w.writeStartElement(K, "geoLocation");
      w.writeStartElement(K, "geoLocationPolygon");
      for (Point pt : ring) point(w, "polygonPoint", pt);
      w.writeEndElement();
      w.writeEndElement();
    }
    w.writeEndElement();
  }

  private static void point(XMLStreamWriter w, String name, Point p) throws XMLStreamException {
    w.writeStartElement(K, name);
    number(w, "pointLongitude", p.lon());
    number(w, "pointLatitude", p.lat());
    w.writeEndElement();
  }

  private static void number(XMLStreamWriter w, String name, double v) throws XMLStreamException {
    w.writeStartElement(K, name);
    w.writeCharacters(Double.toString(v));
    w.writeEndElement();
  }
}
