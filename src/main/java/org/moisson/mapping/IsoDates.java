package org.moisson.mapping;

import java.util.regex.Pattern;
import org.moisson.record.Period;

/**
 * Keeps only dates the model can hold: ISO 8601 at any precision, or a range "a/b" of them, so that
 * "Yesterday" or "321 BCE" never reach a date facet where they would parse as something false.
 */
final class IsoDates {
  private static final Pattern DATE = Pattern.compile(
      "-?\\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\\d|3[01])"
          + "(?:T\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?(?:Z|[+-]\\d{2}(?::?\\d{2})?)?)?)?)?");

  private static final Pattern SPACE_BEFORE_TIME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) (\\d{2}:)");

  private IsoDates() {}

  /** The value, trimmed, when it is a date or a range with at least one end; else null. */
  static String clean(String value) {
    if (value == null) return null;
    String v = SPACE_BEFORE_TIME.matcher(value.strip()).replaceFirst("$1T$2");
    if (v.isEmpty()) return null;
    int slash = v.indexOf('/');
    if (slash < 0) return date(v) ? v : null;
    String start = v.substring(0, slash).strip();
    String end = v.substring(slash + 1).strip();
    boolean s = date(start);
    boolean e = date(end);
    if (!(s || open(start)) || !(e || open(end)) || !(s || e)) return null;
    return start + "/" + end;
  }

  /** A date or range as a period; a single date is a period of that day (or month, or year). */
  static Period period(String value) {
    String v = clean(value);
    if (v == null) return null;
    int slash = v.indexOf('/');
    if (slash < 0) return new Period(v, v);
    String start = v.substring(0, slash);
    String end = v.substring(slash + 1);
    return new Period(date(start) ? start : null, date(end) ? end : null);
  }

  private static boolean date(String v) {
    return DATE.matcher(v).matches();
  }

  private static boolean open(String v) {
    return v.isEmpty() || v.equals("..");
  }
}
