package org.moisson.api.rest;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.moisson.search.SearchIndex;
import org.moisson.search.SearchParams;
import org.moisson.search.SearchQuery;
import org.moisson.store.CatalogueReads;
import org.moisson.store.SourceStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Export of any search, every hit, as CSV or JSON: {@code GET /api/v1/datasets/export.csv?<search
 * parameters>} and {@code export.json}. Streamed: ids come from the index one at a time
 * ({@link SearchIndex#forEachId}), datasets are read from the database a batch at a time and
 * written at once, so neither the hits nor the file are ever held in memory, whatever their number.
 */
@RestController
class ExportController {
  private final SearchIndex index;
  private final CatalogueReads reads;
  private final SourceStore sources;
  private final int batchSize;

  ExportController(SearchIndex index, CatalogueReads reads, SourceStore sources,
      @Value("${moisson.export.batch-size:500}") int batchSize) {
    this.index = index;
    this.reads = reads;
    this.sources = sources;
    this.batchSize = Math.max(1, batchSize);
  }

  @GetMapping("/api/v1/datasets/export.csv")
  ResponseEntity<StreamingResponseBody> csv(HttpServletRequest request) {
    return export(request, new CsvExport(), MediaType.parseMediaType("text/csv;charset=UTF-8;header=present"), "csv");
  }

  @GetMapping("/api/v1/datasets/export.json")
  ResponseEntity<StreamingResponseBody> json(HttpServletRequest request) {
    return export(request, new JsonExport(), MediaType.APPLICATION_JSON, "json");
  }

  private ResponseEntity<StreamingResponseBody> export(HttpServletRequest request, ExportFormat format,
      MediaType type, String suffix) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    request.getParameterMap().forEach((k, v) -> params.put(k, Arrays.asList(v)));
    // The whole result is exported: paging parameters are refused rather than silently ignored.
    for (String p : List.of("page", "size", "sort")) {
      if (params.containsKey(p)) throw new IllegalArgumentException("the export takes every hit: '" + p + "' does not apply");
    }
    SearchQuery query = SearchParams.parse(params, Set.of());
    String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
    Map<Long, String> names = sources.names();
    StreamingResponseBody body = out -> write(out, query, format, base, names);
    return ResponseEntity.ok().contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"moisson-datasets." + suffix + "\"")
        .body(body);
  }

  private void write(OutputStream out, SearchQuery query, ExportFormat format, String base, Map<Long, String> names)
      throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    format.start(w);
    List<String> batch = new ArrayList<>(batchSize);
    try {
      index.forEachId(query, id -> {
        batch.add(id);
        if (batch.size() == batchSize) flush(batch, w, format, base, names);
      });
      flush(batch, w, format, base, names);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    format.end(w);
    w.flush();
  }

  private void flush(List<String> batch, Writer w, ExportFormat format, String base, Map<Long, String> names) {
    try {
      for (CatalogueReads.Entry e : reads.byIds(batch)) format.row(w, e, base, names);
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    batch.clear();
  }
}
