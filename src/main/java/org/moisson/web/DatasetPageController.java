package org.moisson.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.moisson.api.schemaorg.SchemaOrgDataset;
import org.moisson.record.Dataset;
import org.moisson.record.DatasetJson;
import org.moisson.store.DatasetStore;
import org.moisson.store.RecordStore;
import org.moisson.store.SourceStore;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The dataset page: what a person needs to decide, and the way to the data at its source. */
@Controller
class DatasetPageController {
  private final DatasetStore datasets;
  private final SourceStore sources;
  private final RecordStore records;

  DatasetPageController(DatasetStore datasets, SourceStore sources, RecordStore records) {
    this.records = records;
    this.datasets = datasets;
    this.sources = sources;
  }

  @GetMapping("/datasets/{id}")
  String page(@PathVariable String id, Model model, Locale locale, HttpServletRequest request) {
    DatasetStore.Row row = datasets.find(id).filter(r -> !r.deleted() && r.json() != null)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no dataset " + id));
    Dataset d = DatasetJson.read(row.json());
    String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
    var names = sources.names();
    model.addAttribute("id", id);
    model.addAttribute("d", d);
    model.addAttribute("lang", locale.getLanguage());
    model.addAttribute("title", d.title(locale.getLanguage()));
    model.addAttribute("description", d.description(locale.getLanguage()));
    model.addAttribute("sourceNames", row.sourceIds().stream().map(names::get).toList());
    // Two-step search ends at the source: its landing page, else a resolvable identifier, else the
    // record's own page at the source (a CKAN dataset page, say).
    String access = d.landingPage() != null ? d.landingPage()
        : d.identifiers().stream().map(i -> i.url()).filter(u -> u != null).findFirst()
            .orElseGet(() -> records.rawForDataset(id).stream().map(RecordStore.Raw::url).filter(u -> u != null)
                .findFirst().orElse(null));
    model.addAttribute("access", access);
    model.addAttribute("jsonLd", SchemaOrgDataset.jsonLd(d, base + "/datasets/" + id, "Moisson", base + "/"));
    return "dataset";
  }
}
