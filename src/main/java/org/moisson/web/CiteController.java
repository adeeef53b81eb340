package org.moisson.web;

import jakarta.servlet.http.HttpServletRequest;
import org.moisson.cite.CitationFormat;
import org.moisson.record.Dataset;
import org.moisson.record.DatasetJson;
import org.moisson.store.DatasetStore;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Citation downloads: {@code /datasets/{id}/cite.bib}, {@code .ris}, {@code .xml} (DataCite kernel 4,
 * also at {@code /datasets/{id}/datacite.xml}) and {@code .csl.json}, each as an attachment.
 */
@RestController
class CiteController {
  private final DatasetStore datasets;

  CiteController(DatasetStore datasets) {
    this.datasets = datasets;
  }

  @GetMapping("/datasets/{id}/{file:cite\\..+}")
  ResponseEntity<String> cite(@PathVariable String id, @PathVariable String file, HttpServletRequest request) {
    CitationFormat format = CitationFormat.bySuffix(file.substring("cite.".length()))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no citation format " + file));
    return download(id, format, request);
  }

  @GetMapping("/datasets/{id}/datacite.xml")
  ResponseEntity<String> dataCite(@PathVariable String id, HttpServletRequest request) {
    return download(id, CitationFormat.DATACITE, request);
  }

  private ResponseEntity<String> download(String id, CitationFormat format, HttpServletRequest request) {
    DatasetStore.Row row = datasets.find(id).filter(r -> !r.deleted() && r.json() != null)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no dataset " + id));
    Dataset d = DatasetJson.read(row.json());
    String page = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString() + "/datasets/" + id;
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_TYPE, format.mediaType())
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(format.fileName(d, id)).build().toString())
        .body(format.write(d, id, page));
  }
}
