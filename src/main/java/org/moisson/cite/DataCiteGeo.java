package org.moisson.cite;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.moisson.record.BoundingBox;
import org.moisson.record.Point;
import org.moisson.record.Polygon;
import org.moisson.record.Spatial;

/** DataCite geoLocations: one per place name, point, box and polygon (closed, at least four points). */
final class DataCiteGeo {
  private DataCiteGeo() {}

  static void write(DataCiteResource x, Spatial s) throws XMLStreamException {
    if (s.boxes().isEmpty() && s.points().isEmpty() && s.polygons().isEmpty() && s.places().isEmpty()) return;
    x.open("geoLocations");
    for (String place : s.places()) {
      x.open("geoLocation");
      x.leaf("geoLocationPlace", place);
      x.close();
    }
    for (Point p : s.points()) {
      x.open("geoLocation");
      point(x, "geoLocationPoint", p);
      x.close();
    }
    for (BoundingBox b : s.boxes()) {
      x.open("geoLocation");
      x.open("geoLocationBox");
      x.leaf("westBoundLongitude", DataCiteResource.number(b.west()));
      x.leaf("eastBoundLongitude", DataCiteResource.number(b.east()));
      x.leaf("southBoundLatitude", DataCiteResource.number(b.south()));
      x.leaf("northBoundLatitude", DataCiteResource.number(b.north()));
      x.close();
      x.close();
    }
    for (Polygon poly : s.polygons()) {
      List<Point> ring = new ArrayList<>(poly.ring());
      if (ring.size() < 3) continue;
      if (!ring.get(0).equals(ring.get(ring.size() - 1))) ring.add(ring.get(0));
      if (ring.size() < 4) continue;
      x.open("geoLocation");
      x.open("geoLocationPolygon");
      for (Point p : ring) point(x, "polygonPoint", p);
      x.close();
      x.close();
    }
    x.close();
  }

  private static void point(DataCiteResource x, String name, Point p) throws XMLStreamException {
    x.open(name);
    x.leaf("pointLongitude", DataCiteResource.number(p.lon()));
    x.leaf("pointLatitude", DataCiteResource.number(p.lat()));
    x.close();
  }
}
