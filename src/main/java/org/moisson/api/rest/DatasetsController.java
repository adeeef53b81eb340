package org.moisson.api.rest;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.moisson.record.DatasetJson;
import org.moisson.search.Facet;
import org.moisson.search.SearchIndex;
import org.moisson.search.SearchParams;
import org.moisson.search.SearchQuery;
import org.moisson.search.SearchResult;
import org.moisson.store.DatasetStore;
import org.moisson.store.RecordStore;
import org.moisson.store.SourceStore;
import org.moisson.vocabulary.ConceptTree;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public search API: {@code GET /api/v1/datasets} and {@code GET /api/v1/datasets/{id}}. */
@RestController
@RequestMapping("/api/v1/datasets")
class DatasetsController {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final SearchIndex index;
  private final DatasetStore datasets;
  private final RecordStore records;
  private final SourceStore sources;
  private final ConceptTree concepts;

  DatasetsController(SearchIndex index, DatasetStore datasets, RecordStore records, SourceStore sources,
      ConceptTree concepts) {
    this.concepts = concepts;
    this.index = index;
    this.datasets = datasets;
    this.records = records;
    this.sources = sources;
  }

  @GetMapping
  Map<String, Object> search(HttpServletRequest request) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    request.getParameterMap().forEach((k, v) -> params.put(k, Arrays.asList(v)));
    String lang = params.containsKey("lang") ? params.get("lang").get(0) : null;
    SearchQuery q = SearchParams.parse(params, Set.of("lang"));
    SearchResult r = index.search(q);
    String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("total", r.total());
    body.put("page", q.page());
    body.put("size", q.size());
    body.put("items", r.hits().stream().map(h -> DatasetSummaryJson.of(h, lang, base, concepts.conceptsOf(h.dataset(), lang))).toList());
    Map<String, Object> facets = new LinkedHashMap<>();
    for (Facet f : Facet.values()) {
      List<SearchResult.FacetCount> counts = r.facets().get(f);
      if (counts != null) facets.put(f.param(), counts);
    }
    body.put("facets", facets);
    return body;
  }

  /** The whole dataset as stored, with the sources holding it and each one's raw-record provenance. */
  @GetMapping("/{id}")
  Map<String, Object> one(@PathVariable String id) {
    DatasetStore.Row row = datasets.find(id)
        .filter(r -> !r.deleted() && r.json() != null)
        .orElseThrow(() -> new ApiErrors.NotFoundException("no dataset " + id));
    Map<Long, String> names = sources.names();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", row.id());
    JsonNode dataset = JSON.readTree(DatasetJson.write(DatasetJson.read(row.json())));
    dataset.properties().forEach(e -> body.put(e.getKey(), e.getValue()));
    body.put("sources", row.sourceIds().stream().map(names::get).toList());
    body.put("provenance", records.rawForDataset(id).stream().map(raw -> {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("source", names.get(raw.sourceId()));
      p.put("identifier", raw.identifier());
      p.put("format", raw.format());
      p.put("url", raw.url());
      p.put("harvestedAt", raw.harvestedAt().toString());
      p.put("hash", raw.hash());
      return p;
    }).toList());
    return body;
  }
}
