package org.moisson.api.rest;

import java.util.LinkedHashMap;
import java.util.Map;
import org.moisson.harvest.IndexRebuilds;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admin API of the search index: {@code GET /api/v1/index} (size, watermark, rebuild progress) and
 * {@code POST /api/v1/index/rebuild} (202; 409 while one runs), which empties the index and feeds
 * it again from the database.
 */
@RestController
@RequestMapping("/api/v1/index")
class IndexController {
  private final IndexRebuilds rebuilds;

  IndexController(IndexRebuilds rebuilds) {
    this.rebuilds = rebuilds;
  }

  @GetMapping
  Map<String, Object> status() {
    IndexRebuilds.Status s = rebuilds.status();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("count", rebuilds.count());
    out.put("watermark", rebuilds.watermark());
    out.put("rebuilding", s.running());
    out.put("done", s.done());
    out.put("total", s.total());
    if (s.error() != null) out.put("error", s.error());
    return out;
  }

  @PostMapping("/rebuild")
  ResponseEntity<Map<String, Object>> rebuild() {
    try {
      rebuilds.start();
      return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("rebuilding", true));
    } catch (IndexRebuilds.AlreadyRebuilding e) {
      return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", e.getMessage()));
    }
  }
}
