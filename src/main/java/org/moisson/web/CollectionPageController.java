package org.moisson.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.moisson.collection.CollectionStore;
import org.moisson.collection.OfficialCollection;
import org.moisson.record.Dataset;
import org.moisson.record.DatasetJson;
import org.moisson.search.SearchIndex;
import org.moisson.search.SearchParams;
import org.moisson.search.SearchQuery;
import org.moisson.search.SearchResult;
import org.moisson.store.DatasetStore;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The official collections: a page listing them, and a page per collection with its datasets,
 * paged. A collection defined by a search runs it (and links to it, facets and all); one defined
 * by a list shows those datasets in the list's order.
 */
@Controller
class CollectionPageController {
  private static final int SIZE = 20;
  private final CollectionStore collections;
  private final SearchIndex index;
  private final DatasetStore datasets;

  CollectionPageController(CollectionStore collections, SearchIndex index, DatasetStore datasets) {
    this.collections = collections;
    this.index = index;
    this.datasets = datasets;
  }

  /** A dataset as a collection's list shows it. */
  public record Item(String id, Dataset dataset) {}

  @GetMapping("/collections")
  String list(Model model) {
    model.addAttribute("collections", collections.all());
    return "collections";
  }

  @GetMapping("/collections/{slug}")
  String one(@PathVariable String slug, @RequestParam(defaultValue = "1") String page, Model model) {
    OfficialCollection c = collections.find(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    int p;
    try {
      p = Integer.parseInt(page);
    } catch (NumberFormatException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page must be a whole number");
    }
    if (p < 1 || (long) p * SIZE > SearchQuery.MAX_WINDOW) throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "no such page");
    List<Item> items = new ArrayList<>();
    long total;
    if (c.byQuery()) {
      Map<String, List<String>> params = new LinkedHashMap<>(c.queryParams());
      SearchResult r = index.search(SearchParams.parse(params, Set.of()).facets(Set.of()).page(p, SIZE));
      r.hits().forEach(h -> items.add(new Item(h.id(), h.dataset())));
      total = r.total();
      model.addAttribute("searchHref", new SearchLinks(params).current());
    } else {
      List<String> ids = c.ids();
      total = ids.size();
      for (String id : ids.subList(Math.min(ids.size(), (p - 1) * SIZE), Math.min(ids.size(), p * SIZE))) {
        datasets.find(id).filter(r -> !r.deleted() && r.json() != null)
            .ifPresent(r -> items.add(new Item(id, DatasetJson.read(r.json()))));
      }
    }
    long pages = Math.max(1, (Math.min(total, SearchQuery.MAX_WINDOW) + SIZE - 1) / SIZE);
    model.addAttribute("c", c);
    model.addAttribute("items", items);
    model.addAttribute("total", total);
    model.addAttribute("page", p);
    model.addAttribute("pages", pages);
    model.addAttribute("previous", p > 1 ? "/collections/" + slug + "?page=" + (p - 1) : null);
    model.addAttribute("next", p < pages ? "/collections/" + slug + "?page=" + (p + 1) : null);
    return "collection";
  }
}
