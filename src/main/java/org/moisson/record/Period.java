package org.moisson.record;

/** A time span; start or end may be null for an open end. ISO 8601 dates at the source's precision. */
public record Period(String start, String end) {
  public Period {
    if ((start == null || start.isBlank()) && (end == null || end.isBlank())) {
      throw new IllegalArgumentException("period needs a start or an end");
    }
  }
}
