package org.moisson.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.moisson.api.schemaorg.SchemaOrgDataset;
import org.moisson.cite.Citation;
import org.moisson.cite.CitationFormat;
import org.moisson.facts.FactsQueries;
import org.moisson.record.Dataset;
import org.moisson.record.DatasetJson;
import org.moisson.record.Distribution;
import org.moisson.record.Identifier;
import org.moisson.related.RelatedLink;
import org.moisson.related.RelationTab;
import org.moisson.store.DatasetStore;
import org.moisson.store.RecordStore;
import org.moisson.store.SourceStore;
import org.moisson.usage.UsageCounter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The dataset page: what a person needs to decide, and the way to the data at its source. */
@Controller
class DatasetPageController {
  /** Crawlers are not readers: their visits are not counted (the user agent is read, never kept). */
  private static final Pattern ROBOT = Pattern.compile("(?i)bot|crawl|spider|slurp|curl|wget|python|java/|httpclient");

  private final DatasetStore datasets;
  private final SourceStore sources;
  private final RecordStore records;
  private final FactsQueries facts;
  private final UsageCounter usage;
  private final OpenWithSettings openWith;
  private final SafeLinks safe;
  private final String tiles;
  private final String attribution;

  DatasetPageController(DatasetStore datasets, SourceStore sources, RecordStore records, FactsQueries facts,
      UsageCounter usage, OpenWithSettings openWith, SafeLinks safe,
      @Value("${moisson.map.tiles:https://tile.openstreetmap.org/{z}/{x}/{y}.png}") String tiles,
      @Value("${moisson.map.attribution:© OpenStreetMap contributors}") String attribution) {
    this.datasets = datasets;
    this.sources = sources;
    this.records = records;
    this.facts = facts;
    this.usage = usage;
    this.openWith = openWith;
    this.safe = safe;
    this.tiles = tiles;
    this.attribution = attribution;
  }

  /** A source holding the dataset, with its own landing page and the record's URL there. */
  record Holder(String source, String landingPage, String recordUrl, String landingHref, String recordHref) {}

  /** A distribution as a table row; href is the counted link. */
  record DistributionRow(String title, String format, String size, String url, String href) {}

  @GetMapping("/datasets/{id}")
  String page(@PathVariable String id, Model model, Locale locale, HttpServletRequest request) {
    DatasetStore.Row row = live(id);
    Dataset d = DatasetJson.read(row.json());
    String lang = locale.getLanguage();
    String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
    String pageUrl = base + "/datasets/" + id;
    String agent = request.getHeader("User-Agent");
    if (agent == null || !ROBOT.matcher(agent).find()) usage.view(id);

    List<Holder> holders = holders(id);
    String access = access(d, holders);
    model.addAttribute("id", id);
    model.addAttribute("d", d);
    model.addAttribute("lang", lang);
    model.addAttribute("title", d.title(lang) == null ? id : d.title(lang));
    model.addAttribute("paragraphs", DatasetViews.paragraphs(d.description(lang)));
    model.addAttribute("keywordGroups", DatasetViews.keywordGroups(d));
    model.addAttribute("themes", DatasetViews.themes(d));
    model.addAttribute("access", access == null ? null : DatasetViews.go(id, access));
    model.addAttribute("holders", holders);
    model.addAttribute("distributions", distributions(id, d));
    model.addAttribute("timeBars", DatasetViews.timeBars(d.temporal()));
    model.addAttribute("geoJson", DatasetViews.geoJson(d));
    model.addAttribute("tiles", tiles);
    model.addAttribute("attribution", attribution);
    model.addAttribute("fair", facts.fair(id, d));
    model.addAttribute("tabs", relationTabs(id, d));
    model.addAttribute("citation", Citation.text(d, id, pageUrl));
    model.addAttribute("citeFormats", CitationFormat.values());
    model.addAttribute("openWith", OpenWithLinks.build(openWith.openWith(), placeholders(id, d), safe));
    model.addAttribute("usage", usage.counts(id));
    model.addAttribute("principles", org.moisson.fair.FairIndicator.Principle.values());
    model.addAttribute("jsonLd", SchemaOrgDataset.jsonLd(d, pageUrl, "Moisson", base + "/"));
    return "dataset";
  }

  /**
   * Counts a click to the source and sends the browser there, only to a URL this dataset holds (its
   * landing page, identifiers, distributions, its records at their sources): never an open redirect.
   */
  @GetMapping("/datasets/{id}/go")
  ResponseEntity<?> go(@PathVariable String id, @RequestParam(required = false) String to) {
    if (to == null || to.isBlank()) return badRequest("parameter 'to' is required: a URL of this dataset");
    DatasetStore.Row row = live(id);
    Dataset d = DatasetJson.read(row.json());
    String target = to.strip();
    if (!held(d, holders(id)).contains(target) || safe.href(target) == null) {
      return badRequest("'" + target + "' is not a link of dataset " + id);
    }
    usage.click(id);
    return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(safe.href(target))).build();
  }

  /** The API's error shape, for a bad parameter of a page endpoint. */
  static ResponseEntity<Map<String, Object>> badRequest(String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", 400);
    body.put("error", "Bad Request");
    body.put("message", message);
    return ResponseEntity.badRequest().contentType(org.springframework.http.MediaType.APPLICATION_JSON).body(body);
  }

  private DatasetStore.Row live(String id) {
    return datasets.find(id).filter(r -> !r.deleted() && r.json() != null)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no dataset " + id));
  }

  private List<Holder> holders(String id) {
    Map<Long, String> names = sources.names();
    List<Holder> out = new ArrayList<>();
    Set<Long> seen = new java.util.HashSet<>();
    for (RecordStore.Holder h : records.holders(id)) {
      if (!seen.add(h.sourceId())) continue;
      String landing = safe.href(h.landingPage());
      String record = safe.href(h.recordUrl());
      out.add(new Holder(names.get(h.sourceId()), landing, record,
          landing == null ? null : DatasetViews.go(id, landing), record == null ? null : DatasetViews.go(id, record)));
    }
    return out;
  }

  /** Two-step search ends at the source: its landing page, else a resolvable identifier, else the record at the source. */
  private String access(Dataset d, List<Holder> holders) {
    if (safe.href(d.landingPage()) != null) return d.landingPage().strip();
    for (Identifier i : d.identifiers()) if (safe.href(i.url()) != null) return i.url();
    return holders.stream().map(h -> h.landingPage() != null ? h.landingPage() : h.recordUrl())
        .filter(u -> u != null).findFirst().orElse(null);
  }

  private static Set<String> held(Dataset d, List<Holder> holders) {
    Set<String> urls = new LinkedHashSet<>();
    if (d.landingPage() != null) urls.add(d.landingPage().strip());
    d.identifiers().forEach(i -> { if (i.url() != null) urls.add(i.url()); });
    for (Distribution x : d.distributions()) {
      if (x.accessUrl() != null) urls.add(x.accessUrl().strip());
      if (x.downloadUrl() != null) urls.add(x.downloadUrl().strip());
    }
    holders.forEach(h -> {
      if (h.landingPage() != null) urls.add(h.landingPage());
      if (h.recordUrl() != null) urls.add(h.recordUrl());
    });
    return urls;
  }

  private List<DistributionRow> distributions(String id, Dataset d) {
    List<DistributionRow> rows = new ArrayList<>();
    for (Distribution x : d.distributions()) {
      String url = x.downloadUrl() != null ? x.downloadUrl() : x.accessUrl();
      String href = safe.href(url) == null ? null : DatasetViews.go(id, url.strip());
      String format = x.format() != null ? x.format() : x.mediaType();
      rows.add(new DistributionRow(x.title(), format, DatasetViews.size(x.byteSize()), url, href));
    }
    return rows;
  }

  /** Related resources by tab, the catalogue's own datasets linked to their pages, then the reverse relations. */
  private Map<RelationTab, List<RelatedLink>> relationTabs(String id, Dataset d) {
    Map<org.moisson.record.RelatedResource, String[]> held = facts.inCatalogue(id, d.related());
    Map<RelationTab, List<RelatedLink>> tabs = new EnumMap<>(RelationTab.class);
    for (var r : d.related()) {
      String[] t = held.get(r);
      RelatedLink link = RelatedLink.forward(r, t == null ? null : t[0], t == null ? null : t[1]);
      tabs.computeIfAbsent(link.tab(), k -> new ArrayList<>()).add(link);
    }
    // The catalogue holds datasets: a pointing record without a type is one.
    for (FactsQueries.Pointer p : facts.pointingTo(id)) {
      RelatedLink link = new RelatedLink(RelationTab.inverse(p.relationType()),
          p.resourceType() == null ? "Dataset" : p.resourceType(), null, null, null, p.datasetId(), p.title(), true);
      tabs.computeIfAbsent(link.tab(), k -> new ArrayList<>()).add(link);
    }
    return tabs;
  }

  private static Map<String, String> placeholders(String id, Dataset d) {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("id", id);
    v.put("doi", d.doi());
    v.put("landingPage", d.landingPage());
    v.put("title", d.title(null));
    return v;
  }
}
