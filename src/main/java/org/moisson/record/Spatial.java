package org.moisson.record;

import java.util.List;

/** Where the data is about: boxes, points, polygons and place names, as many as the source gives. */
public record Spatial(List<BoundingBox> boxes, List<Point> points, List<Polygon> polygons,
    List<String> places) {

  public static final Spatial EMPTY = new Spatial(List.of(), List.of(), List.of(), List.of());

  public Spatial {
    boxes = Dataset.copy(boxes);
    points = Dataset.copy(points);
    polygons = Dataset.copy(polygons);
    places = Dataset.copy(places);
  }

  /** Every footprint as a box: the boxes, each point as a degenerate box, each polygon's envelope. */
  public List<BoundingBox> footprints() {
    var all = new java.util.ArrayList<BoundingBox>(boxes);
    points.forEach(p -> all.add(new BoundingBox(p.lon(), p.lat(), p.lon(), p.lat())));
    polygons.forEach(p -> { BoundingBox b = p.envelope(); if (b != null) all.add(b); });
    return all;
  }
}
