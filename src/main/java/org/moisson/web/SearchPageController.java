package org.moisson.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.moisson.search.Facet;
import org.moisson.search.InvalidQueryException;
import org.moisson.search.SearchIndex;
import org.moisson.search.SearchParams;
import org.moisson.search.SearchQuery;
import org.moisson.search.SearchResult;
import org.moisson.store.SourceStore;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import jakarta.servlet.http.HttpServletResponse;

/** The home page and the results page; both work without JavaScript. */
@Controller
class SearchPageController {
  private final SearchIndex index;
  private final SourceStore sources;

  SearchPageController(SearchIndex index, SourceStore sources) {
    this.index = index;
    this.sources = sources;
  }

  @GetMapping("/")
  String home(Model model, Locale locale) {
    SearchResult recent = index.search(SearchQuery.all().sort(org.moisson.search.SortOrder.DATE)
        .facets(Set.of(Facet.KEYWORD, Facet.SOURCE)).page(1, 6));
    model.addAttribute("total", recent.total());
    model.addAttribute("sourceCount", sources.count());
    model.addAttribute("recent", recent.hits());
    model.addAttribute("topKeywords", recent.facets().getOrDefault(Facet.KEYWORD, List.of())
        .stream().limit(12).toList());
    model.addAttribute("lang", locale.getLanguage());
    return "index";
  }

  @GetMapping("/search")
  String search(HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    request.getParameterMap().forEach((k, v) -> params.put(k, new ArrayList<>(Arrays.asList(v))));
    model.addAttribute("lang", locale.getLanguage());
    model.addAttribute("q", params.containsKey("q") ? params.get("q").get(0) : "");
    SearchQuery query;
    try {
      query = SearchParams.parse(params, Set.of("lang"));
    } catch (InvalidQueryException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("error", e.getMessage());
      return "search";
    }
    SearchResult result = index.search(query);
    SearchLinks links = new SearchLinks(params);
    model.addAttribute("query", query);
    model.addAttribute("result", result);
    model.addAttribute("links", links);
    model.addAttribute("facets", FacetView.of(result, query, links));
    long pages = Math.max(1, (Math.min(result.total(), SearchQuery.MAX_WINDOW) + query.size() - 1) / Math.max(1, query.size()));
    model.addAttribute("pages", pages);
    model.addAttribute("previous", query.page() > 1 ? links.page(query.page() - 1) : null);
    model.addAttribute("next", query.page() < pages ? links.page(query.page() + 1) : null);
    return "search";
  }

  /** A facet as the page shows it: each value with its count, whether active, and the link toggling it. */
  public record FacetView(String name, List<Value> values) {
    public record Value(String value, long count, boolean active, String href) {}

    static List<FacetView> of(SearchResult result, SearchQuery query, SearchLinks links) {
      List<FacetView> out = new ArrayList<>();
      for (Facet f : Facet.values()) {
        List<SearchResult.FacetCount> counts = result.facets().get(f);
        if (counts == null || counts.isEmpty()) continue;
        Set<String> active = query.filters().getOrDefault(f, Set.of());
        List<Value> values = new ArrayList<>();
        for (SearchResult.FacetCount c : counts.stream().limit(f == Facet.YEAR ? 30 : 12).toList()) {
          values.add(new Value(c.value(), c.count(), active.contains(c.value()), links.toggle(f.param(), c.value())));
        }
        // An active value the counts no longer list must stay removable.
        for (String a : active) {
          if (values.stream().noneMatch(v -> v.value().equals(a))) values.add(0, new Value(a, 0, true, links.toggle(f.param(), a)));
        }
        out.add(new FacetView(f.param(), values));
      }
      return out;
    }
  }
}
