package org.moisson.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.moisson.search.Facet;
import org.moisson.search.SearchIndex;
import org.moisson.search.SearchQuery;
import org.moisson.search.SearchResult;
import org.moisson.vocabulary.Concept;
import org.moisson.vocabulary.ConceptTree;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The theme pages: {@code /themes} (the seven themes) and {@code /themes/{slug}} for a theme, a
 * sub-domain or a variable of the platform's theme scheme: its description, its narrower concepts
 * each with a link to the results filtered by it and its number of datasets, and the repositories
 * holding data on it. Counts come from one search per page.
 */
@Controller
class ThemePageController {
  private final ConceptTree tree;
  private final SearchIndex index;

  ThemePageController(ConceptTree tree, SearchIndex index) {
    this.tree = tree;
    this.index = index;
  }

  /** A concept as a page lists it: labels in the page's language, count, links, narrower ones. */
  record Item(String uri, String label, String definition, long count, String searchHref, String pageHref,
      List<Item> children) {}

  /** A repository holding data on the concept, and the results of both together. */
  record Holder(String name, long count, String searchHref) {}

  /** A concept of another scheme this one maps to; searchHref only when datasets are classified under it. */
  record Mapping(String uri, String label, String scheme, boolean exact, String searchHref) {}

  @GetMapping("/themes")
  String themes(Model model, Locale locale) {
    String lang = locale.getLanguage();
    Map<String, Long> counts = counts(index.search(SearchQuery.all().facets(Set.of(Facet.CONCEPT)).page(1, 0)));
    model.addAttribute("lang", lang);
    model.addAttribute("themes", tree.themes().stream().map(t -> item(t, lang, counts, 1)).toList());
    return "themes";
  }

  @GetMapping("/themes/{slug}")
  String theme(@PathVariable String slug, Model model, Locale locale) {
    Concept concept = tree.bySlug(slug)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no theme " + slug));
    String lang = locale.getLanguage();
    SearchResult r = index.search(SearchQuery.all().filter(Facet.CONCEPT, concept.uri())
        .facets(Set.of(Facet.CONCEPT, Facet.SOURCE)).page(1, 0));
    Map<String, Long> counts = counts(r); // the concept facet ignores its own filter: counts over everything
    model.addAttribute("lang", lang);
    model.addAttribute("concept", item(concept, lang, counts, 2));
    model.addAttribute("total", r.total());
    model.addAttribute("breadcrumb", tree.path(concept.uri()).stream().filter(c -> tree.slug(c) != null)
        .filter(c -> !c.uri().equals(concept.uri())).map(c -> item(c, lang, counts, 0)).toList());
    model.addAttribute("holders", r.facets().getOrDefault(Facet.SOURCE, List.of()).stream()
        .map(s -> new Holder(s.value(), s.count(), search(concept.uri(), s.value()))).toList());
    model.addAttribute("mappings", mappings(concept, lang, counts));
    return "theme";
  }

  private Item item(Concept c, String lang, Map<String, Long> counts, int depth) {
    List<Item> children = new ArrayList<>();
    if (depth > 0) tree.children(c.uri()).forEach(k -> children.add(item(k, lang, counts, depth - 1)));
    String slug = tree.slug(c);
    return new Item(c.uri(), c.label(lang), c.definition(lang), counts.getOrDefault(c.uri(), 0L),
        search(c.uri(), null), slug == null ? null : "/themes/" + slug, children);
  }

  private List<Mapping> mappings(Concept c, String lang, Map<String, Long> counts) {
    List<Mapping> out = new ArrayList<>();
    for (String uri : c.exactMatch()) out.add(mapping(uri, true, lang, counts));
    for (String uri : c.closeMatch()) out.add(mapping(uri, false, lang, counts));
    return out;
  }

  private Mapping mapping(String uri, boolean exact, String lang, Map<String, Long> counts) {
    Optional<Concept> c = tree.concept(uri);
    return new Mapping(uri, c.map(x -> x.label(lang)).orElse(uri),
        c.map(x -> tree.schemeTitle(x.scheme(), lang)).orElse(null), exact,
        counts.getOrDefault(uri, 0L) > 0 ? search(uri, null) : null);
  }

  private static Map<String, Long> counts(SearchResult r) {
    Map<String, Long> out = new HashMap<>();
    r.facets().getOrDefault(Facet.CONCEPT, List.of()).forEach(f -> out.put(f.value(), f.count()));
    return out;
  }

  private static String search(String conceptUri, String source) {
    UriComponentsBuilder b = UriComponentsBuilder.fromPath("/search").queryParam("concept", "{c}");
    if (source == null) return b.encode().buildAndExpand(conceptUri).toUriString();
    return b.queryParam("source", "{s}").encode().buildAndExpand(conceptUri, source).toUriString();
  }
}
