package org.moisson.cite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.moisson.record.Agent;
import org.moisson.record.Dates;
import org.moisson.record.Keyword;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** CSL-JSON (Citation Style Language 1.0.2, type "dataset"): one item in an array, as citeproc takes it. */
final class CslJson {
  private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private CslJson() {}

  static String write(CiteFields f) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("id", f.doi() != null ? f.doi() : f.id());
    item.put("type", "dataset");
    item.put("title", f.title());
    List<Object> authors = new ArrayList<>();
    for (Agent a : f.authors()) authors.add(name(a));
    if (!authors.isEmpty()) item.put("author", authors);
    Object issued = issued(f);
    if (issued != null) item.put("issued", issued);
    put(item, "publisher", f.publisher());
    put(item, "version", f.d().version());
    put(item, "genre", f.d().resourceType() == null ? null : f.d().resourceType().detail());
    put(item, "DOI", f.doi());
    put(item, "URL", f.link());
    put(item, "abstract", f.d().description(null));
    String keywords = f.d().keywords().stream().map(Keyword::label).distinct().collect(Collectors.joining(", "));
    put(item, "keyword", keywords);
    put(item, "language", f.d().languages().isEmpty() ? null : f.d().languages().get(0));
    return JSON.writeValueAsString(List.of(item)) + "\n";
  }

  private static Map<String, Object> name(Agent a) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (a.familyName() != null) {
      m.put("family", a.familyName());
      if (a.givenName() != null) m.put("given", a.givenName());
    } else {
      m.put("literal", a.name());
    }
    return m;
  }

  /** date-parts at the precision the source gave: a year stays a year. */
  private static Object issued(CiteFields f) {
    String issued = f.d().issued();
    if (issued != null && Dates.first(issued) != null) {
      java.time.LocalDate day = Dates.first(issued);
      int parts = issued.strip().replaceFirst("^-", "").replaceFirst("T.*", "").split("-").length;
      List<Integer> p = new ArrayList<>(List.of(day.getYear()));
      if (parts >= 2) p.add(day.getMonthValue());
      if (parts >= 3) p.add(day.getDayOfMonth());
      return Map.of("date-parts", List.of(p));
    }
    return f.year() == null ? null : Map.of("date-parts", List.of(List.of(f.year())));
  }

  private static void put(Map<String, Object> m, String k, String v) {
    if (v != null && !v.isBlank()) m.put(k, v);
  }
}
