package org.moisson.api.rest;

import java.util.LinkedHashMap;
import java.util.Map;
import org.moisson.harvest.CurationService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Admin API for curators: {@code PUT /api/v1/datasets/{id}/curation} with {"field": value, …} in
 * the dataset's JSON form, {@code GET} to list, {@code DELETE …/curation/{field}} to revert.
 */
@RestController
@RequestMapping("/api/v1/datasets/{id}/curation")
class CurationController {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final CurationService curation;

  CurationController(CurationService curation) {
    this.curation = curation;
  }

  @GetMapping
  Map<String, Object> list(@PathVariable String id) {
    Map<String, Object> out = new LinkedHashMap<>();
    curation.corrections(id).forEach((k, v) -> out.put(k, JSON.readTree(v)));
    return out;
  }

  @PutMapping(consumes = "application/json")
  Map<String, Object> correct(@PathVariable String id, @RequestBody JsonNode body) {
    if (body == null || !body.isObject() || body.isEmpty()) {
      throw new IllegalArgumentException("send a JSON object of corrected fields, e.g. {\"titles\":[{\"lang\":\"fr\",\"value\":\"...\"}]}");
    }
    Map<String, String> fields = new LinkedHashMap<>();
    body.properties().forEach(e -> fields.put(e.getKey(), e.getValue().toString()));
    curation.correct(id, fields);
    return list(id);
  }

  @DeleteMapping("/{field}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void revert(@PathVariable String id, @PathVariable String field) {
    if (!curation.revert(id, field)) throw new ApiErrors.NotFoundException("no correction of " + field + " on dataset " + id);
  }
}
