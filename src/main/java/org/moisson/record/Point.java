package org.moisson.record;

/** A point in WGS 84 degrees. */
public record Point(double lon, double lat) {
  public Point {
    if (Double.isNaN(lon) || Double.isNaN(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90) {
      throw new IllegalArgumentException("point out of range: " + lon + "," + lat);
    }
  }
}
