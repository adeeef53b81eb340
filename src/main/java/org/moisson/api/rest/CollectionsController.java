package org.moisson.api.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.moisson.collection.CollectionStore;
import org.moisson.collection.OfficialCollection;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Official collections, for curators (admin token): {@code slug, titleFr, titleEn, descriptionFr,
 * descriptionEn, position} and either {@code query} (a search query string) or {@code ids}.
 */
@RestController
@RequestMapping("/api/v1/collections")
class CollectionsController {
  private final CollectionStore store;

  CollectionsController(CollectionStore store) {
    this.store = store;
  }

  @GetMapping
  List<Map<String, Object>> list() {
    return store.all().stream().map(CollectionsController::json).toList();
  }

  @GetMapping("/{slug}")
  Map<String, Object> one(@PathVariable String slug) {
    return json(store.find(slug).orElseThrow(() -> missing(slug)));
  }

  @PostMapping
  ResponseEntity<Map<String, Object>> create(@RequestBody JsonNode body) {
    OfficialCollection c = read(body, text(body, "slug"));
    if (store.exists(c.slug())) return ApiErrors.body(HttpStatus.CONFLICT, "a collection '" + c.slug() + "' exists; PUT replaces it");
    store.save(c);
    return ResponseEntity.status(HttpStatus.CREATED).body(json(c));
  }

  @PutMapping("/{slug}")
  Map<String, Object> replace(@PathVariable String slug, @RequestBody JsonNode body) {
    if (!store.exists(slug)) throw missing(slug);
    String given = text(body, "slug");
    if (given != null && !given.equals(slug)) throw new IllegalArgumentException("the slug of a collection cannot change");
    OfficialCollection c = read(body, slug);
    store.save(c);
    return json(c);
  }

  @DeleteMapping("/{slug}")
  ResponseEntity<Void> delete(@PathVariable String slug) {
    if (!store.delete(slug)) throw missing(slug);
    return ResponseEntity.noContent().build();
  }

  private static OfficialCollection read(JsonNode body, String slug) {
    if (body == null || !body.isObject()) throw new IllegalArgumentException("the body must be a JSON object");
    List<String> ids = null;
    JsonNode idsNode = body.get("ids");
    if (idsNode != null && !idsNode.isNull()) {
      if (!idsNode.isArray()) throw new IllegalArgumentException("ids must be an array of dataset ids");
      ids = new ArrayList<>();
      for (JsonNode id : idsNode) ids.add(id.asString().strip());
    }
    JsonNode position = body.get("position");
    if (position != null && !position.isNull() && !position.isInt()) throw new IllegalArgumentException("position must be a whole number");
    return new OfficialCollection(slug, text(body, "titleFr"), text(body, "titleEn"), text(body, "descriptionFr"),
        text(body, "descriptionEn"), text(body, "query"), ids, position == null || position.isNull() ? 100 : position.asInt())
        .validated();
  }

  private static String text(JsonNode body, String field) {
    JsonNode v = body == null ? null : body.get(field);
    if (v == null || v.isNull()) return null;
    if (!v.isString()) throw new IllegalArgumentException(field + " must be a string");
    return v.asString();
  }

  private static ApiErrors.NotFoundException missing(String slug) {
    return new ApiErrors.NotFoundException("no collection '" + slug + "'");
  }

  private static Map<String, Object> json(OfficialCollection c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("slug", c.slug());
    m.put("titleFr", c.titleFr());
    m.put("titleEn", c.titleEn());
    m.put("descriptionFr", c.descriptionFr());
    m.put("descriptionEn", c.descriptionEn());
    if (c.byQuery()) m.put("query", c.query());
    else m.put("ids", c.ids());
    m.put("position", c.position());
    m.put("page", "/collections/" + c.slug());
    return m;
  }
}
