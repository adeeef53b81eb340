package org.moisson.cite;

import org.moisson.record.Agent;
import org.moisson.record.Keyword;

/** RIS, type DATA, as reference managers (Zotero, EndNote, Mendeley) import it. */
final class Ris {
  private Ris() {}

  static String write(CiteFields f) {
    StringBuilder s = new StringBuilder();
    line(s, "TY", "DATA");
    for (Agent a : f.authors()) line(s, "AU", a.familyName() != null && a.givenName() != null
        ? a.familyName() + ", " + a.givenName() : a.name());
    line(s, "TI", f.title());
    if (f.year() != null) line(s, "PY", String.valueOf(f.year()));
    line(s, "DA", f.d().issued());
    line(s, "PB", f.publisher());
    line(s, "ET", f.d().version());
    line(s, "M3", f.resourceType());
    line(s, "DO", f.doi());
    line(s, "UR", f.link());
    line(s, "AB", f.d().description(null));
    f.d().keywords().stream().map(Keyword::label).distinct().forEach(k -> line(s, "KW", k));
    if (!f.d().languages().isEmpty()) line(s, "LA", f.d().languages().get(0));
    if (f.d().licence() != null) line(s, "C1", f.d().licence().name());
    s.append("ER  - \n");
    return s.toString();
  }

  /** One tag a line: line breaks inside a value would start a bogus tag, so they become spaces. */
  private static void line(StringBuilder s, String tag, String value) {
    if (value == null || value.isBlank()) return;
    s.append(tag).append("  - ").append(value.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ")).append('\n');
  }
}
