package org.moisson.harvest;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.springframework.scheduling.support.CronExpression;

/**
 * A source's {@code schedule} setting: a cron expression, the usual five fields ("0 3 * * *": every
 * night at 3) or Spring's six (seconds first), or a macro (@daily, @weekly…). Times are UTC.
 */
public final class Schedules {
  private Schedules() {}

  /** @throws IllegalArgumentException naming the setting when the expression does not parse */
  public static CronExpression parse(String text) {
    String t = text.strip();
    String[] fields = t.split("\\s+");
    try {
      return CronExpression.parse(fields.length == 5 ? "0 " + t : t);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("schedule '" + text + "' is not a cron expression such as '0 3 * * *' ("
          + e.getMessage() + ")");
    }
  }

  /** When a source is next due, after its last run started (or after it was created). */
  public static Instant next(String schedule, Instant after) {
    if (schedule == null || schedule.isBlank()) return null;
    ZonedDateTime n = parse(schedule).next(after.atZone(ZoneId.of("UTC")));
    return n == null ? null : n.toInstant();
  }
}
