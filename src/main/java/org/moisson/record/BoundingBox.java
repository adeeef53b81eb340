package org.moisson.record;

/**
 * A box in WGS 84 degrees. west may be greater than east: the box then crosses the antimeridian
 * (e.g. 170..-170 covers the Pacific around 180°).
 */
public record BoundingBox(double west, double south, double east, double north) {

  public BoundingBox {
    if (!inRange(west, 180) || !inRange(east, 180) || !inRange(south, 90) || !inRange(north, 90)) {
      throw new IllegalArgumentException("box out of range: " + west + "," + south + "," + east + "," + north);
    }
    if (south > north) throw new IllegalArgumentException("box south " + south + " is above north " + north);
  }

  private static boolean inRange(double v, double limit) {
    return !Double.isNaN(v) && v >= -limit && v <= limit;
  }

  public boolean crossesAntimeridian() {
    return west > east;
  }

  /** A box from possibly messy source values; null when they cannot make a valid box. */
  public static BoundingBox lenient(Double west, Double south, Double east, Double north) {
    if (west == null || south == null || east == null || north == null) return null;
    double s = Math.min(south, north);
    double n = Math.max(south, north);
    try {
      return new BoundingBox(west, s, east, n);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
