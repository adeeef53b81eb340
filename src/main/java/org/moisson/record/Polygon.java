package org.moisson.record;

import java.util.List;

/** An outer ring of points (WGS 84), closed or not. */
public record Polygon(List<Point> ring) {
  public Polygon {
    ring = Dataset.copy(ring);
  }

  public BoundingBox envelope() {
    if (ring.isEmpty()) return null;
    double w = 180, s = 90, e = -180, n = -90;
    for (Point p : ring) {
      w = Math.min(w, p.lon()); e = Math.max(e, p.lon());
      s = Math.min(s, p.lat()); n = Math.max(n, p.lat());
    }
    return new BoundingBox(w, s, e, n);
  }
}
