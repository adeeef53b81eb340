package org.moisson.cite;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.moisson.record.Agent;
import org.moisson.record.Keyword;

/** BibTeX {@code @misc} entry (what DataCite's own content negotiation gives), fields escaped for LaTeX. */
final class BibTex {
  private BibTex() {}

  static String write(CiteFields f) {
    Map<String, String> fields = new LinkedHashMap<>();
    put(fields, "author", f.authors().stream().map(BibTex::author).collect(Collectors.joining(" and ")));
    put(fields, "title", "{" + escape(f.title()) + "}");
    put(fields, "year", f.year() == null ? null : String.valueOf(f.year()));
    put(fields, "publisher", escape(f.publisher()));
    put(fields, "version", escape(f.d().version()));
    put(fields, "doi", escape(f.doi()));
    put(fields, "url", url(f.link()));
    put(fields, "howpublished", "{" + escape(f.resourceType()) + "}");
    put(fields, "keywords", escape(f.d().keywords().stream().map(Keyword::label).distinct()
        .collect(Collectors.joining(", "))));
    put(fields, "language", f.d().languages().isEmpty() ? null : escape(f.d().languages().get(0)));
    put(fields, "copyright", f.d().licence() == null ? null : escape(f.d().licence().name()));
    StringBuilder s = new StringBuilder("@misc{").append(key(f)).append(",\n");
    fields.forEach((k, v) -> s.append("  ").append(k).append(" = {").append(v).append("},\n"));
    s.setLength(s.length() - 2);
    return s.append("\n}\n").toString();
  }

  /** Organisations in braces so BibTeX does not split them into first and last names. */
  private static String author(Agent a) {
    if (a.familyName() != null && a.givenName() != null) return escape(a.familyName()) + ", " + escape(a.givenName());
    if (a.kind() == Agent.Kind.PERSON && a.name().contains(",")) return escape(a.name());
    return "{" + escape(a.name()) + "}";
  }

  private static String key(CiteFields f) {
    String k = f.doi() != null ? f.doi() : "moisson-" + f.id();
    return k.replaceAll("[^A-Za-z0-9._:/-]", "_");
  }

  /** URLs keep their characters; only what would end the field is escaped. */
  private static String url(String u) {
    return u == null ? null : u.replace("{", "%7B").replace("}", "%7D");
  }

  static String escape(String s) {
    if (s == null || s.isBlank()) return null;
    StringBuilder out = new StringBuilder();
    for (char c : s.strip().toCharArray()) {
      switch (c) {
        case '\\' -> out.append("\\textbackslash{}");
        case '{', '}', '&', '%', '$', '#', '_' -> out.append('\\').append(c);
        case '~' -> out.append("\\textasciitilde{}");
        case '^' -> out.append("\\textasciicircum{}");
        case '\n', '\r', '\t' -> out.append(' ');
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static void put(Map<String, String> m, String k, String v) {
    if (v != null && !v.isBlank() && !v.equals("{}") && !v.equals("{null}")) m.put(k, v);
  }
}
