package org.moisson.api.dcat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.moisson.record.DatasetJson;
import org.moisson.search.InvalidQueryException;
import org.moisson.search.SearchIndex;
import org.moisson.search.SearchParams;
import org.moisson.search.SearchQuery;
import org.moisson.search.SearchResult;
import org.moisson.store.CatalogueReads;
import org.moisson.store.DatasetStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * DCAT-AP 3: the catalogue ({@code /catalog}, Hydra-paged, filtered like the search API) and each
 * dataset ({@code /datasets/{id}} by content negotiation, or with a .ttl, .rdf or .jsonld suffix).
 */
@RestController
class CatalogController {
  static final int DEFAULT_SIZE = 50;

  private final CatalogueReads reads;
  private final DatasetStore datasets;
  private final SearchIndex index;
  private final String title;
  private final String publisher;

  CatalogController(CatalogueReads reads, DatasetStore datasets, SearchIndex index,
      @Value("${moisson.catalogue.title:Moisson}") String title,
      @Value("${moisson.catalogue.publisher:Moisson}") String publisher) {
    this.reads = reads;
    this.datasets = datasets;
    this.index = index;
    this.title = title;
    this.publisher = publisher;
  }

  @GetMapping({"/catalog", "/catalog.ttl", "/catalog.rdf", "/catalog.jsonld"})
  void catalog(HttpServletRequest request, HttpServletResponse response) throws IOException {
    RdfSyntax syntax = syntax(request);
    Map<String, List<String>> params = new LinkedHashMap<>();
    request.getParameterMap().forEach((k, v) -> params.put(k, Arrays.asList(v)));
    if (!params.containsKey("size")) params.put("size", List.of(String.valueOf(DEFAULT_SIZE)));
    SearchQuery q = SearchParams.parse(params, Set.of());
    if (q.size() < 1) throw new InvalidQueryException("size must be between 1 and " + SearchQuery.MAX_SIZE);
    String base = base(request);
    Model m = ModelFactory.createDefaultModel();
    m.setNsPrefixes(DcatVocabulary.prefixes());
    CatalogPage page = new CatalogPage(m, base, title, publisher);
    boolean filtered = params.keySet().stream().anyMatch(k -> !k.equals("page") && !k.equals("size"));
    long total;
    if (filtered) {
      SearchResult r = index.search(q.facets(Set.of()));
      total = r.total();
      for (SearchResult.Hit h : r.hits()) page.add(h.id(), h.dataset());
    } else {
      total = datasets.liveCount();
      for (CatalogueReads.Entry e : reads.page(q.offset(), q.size())) page.add(e.id(), DatasetJson.read(e.json()));
    }
    long lastPage = Math.max(1, (total + q.size() - 1) / q.size());
    if (filtered) lastPage = Math.min(lastPage, SearchQuery.MAX_WINDOW / q.size());
    ServletUriComponentsBuilder self = ServletUriComponentsBuilder.fromRequest(request);
    page.paging(total, q.size(), q.page(), lastPage, n -> self.replaceQueryParam("page", n).build().toUriString());
    send(m, syntax, response);
  }

  @GetMapping(value = "/datasets/{id}", produces = {"text/turtle", "application/rdf+xml", "application/ld+json"})
  void negotiated(@PathVariable String id, HttpServletRequest request, HttpServletResponse response) throws IOException {
    dataset(id, RdfSyntax.negotiate(request.getHeader("Accept")), request, response);
  }

  @GetMapping({"/datasets/{id}.ttl", "/datasets/{id}.rdf", "/datasets/{id}.jsonld"})
  void suffixed(@PathVariable String id, HttpServletRequest request, HttpServletResponse response) throws IOException {
    dataset(id, RdfSyntax.bySuffix(request.getRequestURI()), request, response);
  }

  private void dataset(String id, RdfSyntax syntax, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    DatasetStore.Row row = datasets.find(id).filter(r -> !r.deleted() && r.json() != null)
        .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND, "no dataset " + id));
    Model m = ModelFactory.createDefaultModel();
    m.setNsPrefixes(DcatVocabulary.prefixes());
    String base = base(request);
    Resource ds = new DcatDatasetWriter(m, base).write(id, DatasetJson.read(row.json()));
    CatalogPage.describeCatalogue(m, base, title, publisher).addProperty(DcatVocabulary.DATASET_LINK, ds);
    send(m, syntax, response);
  }

  private static RdfSyntax syntax(HttpServletRequest request) {
    RdfSyntax bySuffix = RdfSyntax.bySuffix(request.getRequestURI());
    return bySuffix != null ? bySuffix : RdfSyntax.negotiate(request.getHeader("Accept"));
  }

  private static String base(HttpServletRequest request) {
    return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
  }

  private static void send(Model m, RdfSyntax syntax, HttpServletResponse response) throws IOException {
    response.setContentType(syntax.mediaType + ";charset=UTF-8");
    response.setHeader("Vary", "Accept");
    try (OutputStream out = response.getOutputStream()) {
      RDFDataMgr.write(out, m, syntax.format);
    }
  }
}
