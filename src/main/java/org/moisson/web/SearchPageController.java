package org.moisson.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.moisson.collection.CollectionStore;
import org.moisson.search.Facet;
import org.moisson.search.InvalidQueryException;
import org.moisson.search.SearchIndex;
import org.moisson.search.SearchParams;
import org.moisson.search.SearchQuery;
import org.moisson.search.SearchResult;
import org.moisson.search.SortOrder;
import org.moisson.store.SourceStore;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page and the results page; both work without JavaScript, which only enhances them. */
@Controller
class SearchPageController {
  /** Parameters the refine form edits itself; the others travel in hidden fields. */
  private static final Set<String> FORM_FIELDS = Set.of("q", "start", "end", "sort", "page", "lang");

  private final SearchIndex index;
  private final SourceStore sources;
  private final CollectionStore collections;
  private final HomeThemes themes;

  SearchPageController(SearchIndex index, SourceStore sources, CollectionStore collections, HomeThemes themes) {
    this.index = index;
    this.sources = sources;
    this.collections = collections;
    this.themes = themes;
  }

  @GetMapping("/")
  String home(Model model, Locale locale) {
    SearchResult recent = index.search(SearchQuery.all().sort(SortOrder.DATE).facets(Set.of()).page(1, 4));
    model.addAttribute("total", recent.total());
    model.addAttribute("sourceCount", sources.count());
    model.addAttribute("recent", recent.hits());
    model.addAttribute("themes", themes.themes(locale.getLanguage()));
    model.addAttribute("collections", collections.all().stream().limit(6).toList());
    return "index";
  }

  @GetMapping("/search")
  String search(HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    request.getParameterMap().forEach((k, v) -> params.put(k, new ArrayList<>(Arrays.asList(v))));
    SearchLinks links = new SearchLinks(params);
    model.addAttribute("q", first(params, "q"));
    model.addAttribute("start", first(params, "start"));
    model.addAttribute("end", first(params, "end"));
    model.addAttribute("sort", first(params, "sort") == null ? "relevance" : first(params, "sort"));
    model.addAttribute("bbox", first(params, "bbox"));
    model.addAttribute("kept", links.keptFields(FORM_FIELDS));
    SearchQuery query;
    try {
      query = SearchParams.parse(params, Set.of("lang"));
    } catch (InvalidQueryException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("error", e.getMessage());
      return "search";
    }
    SearchResult result = index.search(query);
    model.addAttribute("query", query);
    model.addAttribute("result", result);
    model.addAttribute("links", links);
    model.addAttribute("facets", FacetView.of(result, query, links, EnumSet.noneOf(Facet.class)));
    model.addAttribute("activeFilters", ResultsView.activeFilters(query, links));
    long pages = Math.max(1, (Math.min(result.total(), SearchQuery.MAX_WINDOW) + query.size() - 1) / Math.max(1, query.size()));
    model.addAttribute("pages", pages);
    model.addAttribute("pageLinks", ResultsView.pages(query.page(), pages, links));
    model.addAttribute("first", query.page() > 1 ? links.page(1) : null);
    model.addAttribute("previous", query.page() > 1 ? links.page(query.page() - 1) : null);
    model.addAttribute("next", query.page() < pages ? links.page(query.page() + 1) : null);
    model.addAttribute("last", query.page() < pages ? links.page((int) pages) : null);
    model.addAttribute("footprints", ResultsView.footprints(result, locale.getLanguage()));
    return "search";
  }

  private static String first(Map<String, List<String>> params, String name) {
    List<String> v = params.get(name);
    return v == null || v.isEmpty() ? null : v.get(0);
  }
}
