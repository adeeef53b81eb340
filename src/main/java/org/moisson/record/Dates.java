package org.moisson.record;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading the partial ISO 8601 dates of the model as days, for ranges and sorting. */
public final class Dates {
  private static final Pattern DATE = Pattern.compile("^\\s*(-?\\d{1,4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

  private Dates() {}

  public static Integer year(String date) {
    LocalDate d = first(date);
    return d == null ? null : d.getYear();
  }

  /** The first day the date may mean ("2014" is 2014-01-01); null when it does not parse. */
  public static LocalDate first(String date) {
    return parse(date, false);
  }

  /** The last day the date may mean ("2014" is 2014-12-31). */
  public static LocalDate last(String date) {
    return parse(date, true);
  }

  private static LocalDate parse(String date, boolean last) {
    if (date == null) return null;
    Matcher m = DATE.matcher(date);
    if (!m.find()) return null;
    try {
      int y = Integer.parseInt(m.group(1));
      if (m.group(2) == null) return last ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
      int mo = Integer.parseInt(m.group(2));
      if (m.group(3) == null) {
        YearMonth ym = YearMonth.of(y, mo);
        return last ? ym.atEndOfMonth() : ym.atDay(1);
      }
      return LocalDate.of(y, mo, Integer.parseInt(m.group(3)));
    } catch (RuntimeException e) {
      return null;
    }
  }
}
