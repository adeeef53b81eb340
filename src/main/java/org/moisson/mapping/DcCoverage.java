package org.moisson.mapping;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.moisson.record.DatasetBuilder;
import org.moisson.record.Period;

/**
 * dc:coverage is free text holding a place, a box, a point or a period. Recognised: DCMI Box
 * ("westlimit=…; southlimit=…"), DCMI Point ("east=…; north=…"), DCMI Period ("start=…; end=…"),
 * four numbers "W,S,E,N", ISO 8601 dates and ranges; anything else is a place name.
 */
final class DcCoverage {
  private static final String NUMBER = "\\s*(-?\\d+(?:\\.\\d+)?)\\s*";
  private static final Pattern FOUR_NUMBERS = Pattern.compile(
      NUMBER + "[,;\\s]" + NUMBER + "[,;\\s]" + NUMBER + "[,;\\s]" + NUMBER);
  private static final Pattern DCMI = Pattern.compile(
      "(?i)\\s*(westlimit|eastlimit|northlimit|southlimit|east|north|start|end|name)\\s*=.*");

  private DcCoverage() {}

  static void add(String coverage, DatasetBuilder b) {
    if (coverage == null || coverage.isBlank()) return;
    String c = coverage.strip();
    if (DCMI.matcher(c).matches()) {
      dcmi(fields(c), b);
      return;
    }
    Matcher m = FOUR_NUMBERS.matcher(c);
    if (m.matches()) {
      Payloads.addOnce(b.boxes, DataCiteGeo.box(DataCiteGeo.number(m.group(1)), DataCiteGeo.number(m.group(2)),
          DataCiteGeo.number(m.group(3)), DataCiteGeo.number(m.group(4))));
      return;
    }
    if (IsoDates.clean(c) != null) {
      Payloads.addOnce(b.temporal, IsoDates.period(c));
      return;
    }
    Payloads.addOnce(b.places, c);
  }

  /** A DCMI encoding; its name, when given, is also a place (a Box or a Point), never for a Period. */
  private static void dcmi(Map<String, String> f, DatasetBuilder b) {
    if (f.containsKey("start") || f.containsKey("end")) {
      String start = IsoDates.clean(f.get("start"));
      String end = IsoDates.clean(f.get("end"));
      if (start != null || end != null) Payloads.addOnce(b.temporal, new Period(start, end));
      return;
    }
    if (f.containsKey("westlimit") || f.containsKey("northlimit")) {
      Payloads.addOnce(b.boxes, DataCiteGeo.box(num(f, "westlimit"), num(f, "southlimit"), num(f, "eastlimit"),
          num(f, "northlimit")));
    } else if (f.containsKey("east") || f.containsKey("north")) {
      Payloads.addOnce(b.points, DataCiteGeo.point(num(f, "east"), num(f, "north")));
    }
    Payloads.addOnce(b.places, f.get("name"));
  }

  private static Double num(Map<String, String> f, String key) {
    return DataCiteGeo.number(f.get(key));
  }

  private static Map<String, String> fields(String c) {
    Map<String, String> out = new HashMap<>();
    for (String part : c.split(";")) {
      int eq = part.indexOf('=');
      if (eq < 0) continue;
      String value = part.substring(eq + 1).strip();
      if (!value.isEmpty()) out.putIfAbsent(part.substring(0, eq).strip().toLowerCase(Locale.ROOT), value);
    }
    return out;
  }
}
