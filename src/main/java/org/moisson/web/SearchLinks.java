package org.moisson.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/** Builds /search URLs from the current one, so every link keeps the whole search (shareable, bookmarkable). */
public final class SearchLinks {
  private final Map<String, List<String>> params;

  SearchLinks(Map<String, List<String>> params) {
    this.params = new LinkedHashMap<>();
    params.forEach((k, v) -> {
      if (!k.equals("lang")) this.params.put(k, new ArrayList<>(v));
    });
  }

  /** The same search with the facet value added, or removed when present; back to page 1. */
  public String toggle(String facet, String value) {
    Map<String, List<String>> p = copy();
    List<String> values = p.computeIfAbsent(facet, k -> new ArrayList<>());
    if (!values.remove(value)) values.add(value);
    if (values.isEmpty()) p.remove(facet);
    p.remove("page");
    return href(p);
  }

  public String page(int page) {
    Map<String, List<String>> p = copy();
    p.put("page", List.of(String.valueOf(page)));
    return href(p);
  }

  public String without(String name) {
    Map<String, List<String>> p = copy();
    p.remove(name);
    p.remove("page");
    return href(p);
  }

  public String sort(String order) {
    Map<String, List<String>> p = copy();
    p.put("sort", List.of(order));
    p.remove("page");
    return href(p);
  }

  /** The same search without one value of a multi-valued parameter (a facet's value), back to page 1. */
  public String without(String name, String value) {
    return toggleOff(name, value);
  }

  private String toggleOff(String name, String value) {
    Map<String, List<String>> p = copy();
    List<String> values = p.getOrDefault(name, new ArrayList<>());
    values.remove(value);
    if (values.isEmpty()) p.remove(name);
    p.remove("page");
    return href(p);
  }

  /** Every (name, value) pair but those named: hidden fields, so a form changes some and keeps the rest. */
  public List<Map.Entry<String, String>> keptFields(java.util.Set<String> except) {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    params.forEach((k, vs) -> {
      if (!except.contains(k)) vs.forEach(v -> out.add(Map.entry(k, v)));
    });
    return out;
  }

  /** The search's query string (no page), e.g. for a collection's "open in the search" link. */
  public String current() {
    Map<String, List<String>> p = copy();
    p.remove("page");
    return href(p);
  }

  private Map<String, List<String>> copy() {
    Map<String, List<String>> p = new LinkedHashMap<>();
    params.forEach((k, v) -> p.put(k, new ArrayList<>(v)));
    return p;
  }

  private static String href(Map<String, List<String>> p) {
    // Values go through template variables so they are encoded once, whatever they contain.
    UriComponentsBuilder b = UriComponentsBuilder.fromPath("/search");
    Map<String, Object> vars = new LinkedHashMap<>();
    p.forEach((k, vs) -> vs.forEach(v -> {
      String var = "v" + vars.size();
      b.queryParam(k, "{" + var + "}");
      vars.put(var, v);
    }));
    return b.buildAndExpand(vars).encode().toUriString();
  }
}
