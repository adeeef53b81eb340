package org.moisson.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.moisson.record.BoundingBox;
import org.moisson.search.Facet;
import org.moisson.search.SearchQuery;
import org.moisson.search.SearchResult;
import tools.jackson.databind.json.JsonMapper;

/** What the results page shows around the hits: the active filters, the pages, the map's footprints. */
final class ResultsView {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  /** Page numbers shown either side of the current one. */
  private static final int PAGE_WINDOW = 2;

  private ResultsView() {}

  /** One active filter, shown as a tag whose link removes it. */
  public record ActiveFilter(String label, String value, String href) {}

  /** One link of the pagination; number 0 stands for an ellipsis. */
  public record PageLink(int number, String href, boolean current) {}

  static List<ActiveFilter> activeFilters(SearchQuery q, SearchLinks links) {
    List<ActiveFilter> out = new ArrayList<>();
    if (!q.text().isEmpty()) out.add(new ActiveFilter("portal.filter.q", q.text(), links.without("q")));
    q.filters().forEach((facet, values) -> values.forEach(v ->
        out.add(new ActiveFilter("facet." + facet.param(), v, links.without(facet.param(), v)))));
    if (q.bbox() != null) {
      BoundingBox b = q.bbox();
      out.add(new ActiveFilter("portal.filter.bbox", String.format(Locale.ROOT, "%.2f, %.2f, %.2f, %.2f",
          b.west(), b.south(), b.east(), b.north()), links.without("bbox")));
    }
    if (q.start() != null) out.add(new ActiveFilter("portal.filter.start", q.start().toString(), links.without("start")));
    if (q.end() != null) out.add(new ActiveFilter("portal.filter.end", q.end().toString(), links.without("end")));
    return out;
  }

  static List<PageLink> pages(int current, long pages, SearchLinks links) {
    List<PageLink> out = new ArrayList<>();
    long from = Math.max(1, current - PAGE_WINDOW);
    long to = Math.min(pages, current + PAGE_WINDOW);
    if (from > 1) out.add(new PageLink(1, links.page(1), false));
    if (from > 2) out.add(new PageLink(0, null, false));
    for (long p = from; p <= to; p++) out.add(new PageLink((int) p, links.page((int) p), p == current));
    if (to < pages - 1) out.add(new PageLink(0, null, false));
    if (to < pages) out.add(new PageLink((int) pages, links.page((int) pages), false));
    return out;
  }

  /** The hits' footprints for the map: [{id, title, boxes: [[w,s,e,n]…]}], as JSON for a data attribute. */
  static String footprints(SearchResult result, String lang) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (SearchResult.Hit h : result.hits()) {
      List<double[]> boxes = h.dataset().spatial().footprints().stream().limit(20)
          .map(b -> new double[] {b.west(), b.south(), b.east(), b.north()}).toList();
      if (boxes.isEmpty()) continue;
      String title = h.dataset().title(lang);
      out.add(Map.of("id", h.id(), "title", title == null ? h.id() : title, "boxes", boxes));
    }
    return JSON.writeValueAsString(out);
  }

  static boolean isFacetParam(String name) {
    return Facet.byParam(name).isPresent();
  }
}
