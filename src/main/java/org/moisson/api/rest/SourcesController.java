package org.moisson.api.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.moisson.harvest.HarvestService;
import org.moisson.harvest.Schedules;
import org.moisson.harvest.Source;
import org.moisson.store.RunStore;
import org.moisson.store.SourceHealth;
import java.time.Instant;
import org.moisson.store.SourceStore;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Admin API for sources: {@code POST /api/v1/sources} with {"name","protocol","url", ...protocol
 * settings}, {@code PUT /api/v1/sources/{id}} with the same, {@code POST /api/v1/sources/{id}/harvest},
 * {@code GET /api/v1/sources}, {@code DELETE /api/v1/sources/{id}}.
 */
@RestController
@RequestMapping("/api/v1/sources")
class SourcesController {
  private static final Set<String> FIELDS = Set.of("name", "protocol", "url", "priority");

  private final SourceStore sources;
  private final RunStore runs;
  private final HarvestService harvests;

  SourcesController(SourceStore sources, RunStore runs, HarvestService harvests) {
    this.sources = sources;
    this.runs = runs;
    this.harvests = harvests;
  }

  @PostMapping(consumes = "application/json")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Object> create(@RequestBody JsonNode body) {
    Form f = Form.of(body, true);
    return Map.of("id", harvests.register(f.name, f.protocol, f.url, f.settings, f.priority));
  }

  /** Replaces a source's name, url, priority and settings (the body of a POST); its protocol cannot change. */
  @PutMapping(path = "/{id}", consumes = "application/json")
  Map<String, Object> update(@PathVariable long id, @RequestBody JsonNode body) {
    sources.find(id).orElseThrow(() -> new ApiErrors.NotFoundException("no source " + id));
    Form f = Form.of(body, false);
    harvests.update(id, f.name, f.protocol, f.url, f.settings, f.priority);
    return one(id);
  }

  /** A source as sent: name, protocol, url, priority, and every other member a setting. */
  private record Form(String name, String protocol, String url, Map<String, String> settings, int priority) {
    static Form of(JsonNode body, boolean protocolRequired) {
      if (body == null || !body.isObject()) throw new IllegalArgumentException("send a JSON object");
      int priority = 100;
      if (body.has("priority")) {
        if (!body.get("priority").canConvertToInt()) throw new IllegalArgumentException("priority must be a whole number");
        priority = body.get("priority").asInt();
      }
      Map<String, String> settings = new LinkedHashMap<>();
      body.properties().forEach(e -> {
        if (FIELDS.contains(e.getKey())) return;
        if (!e.getValue().isValueNode()) {
          throw new IllegalArgumentException("setting '" + e.getKey() + "' must be a string, number or boolean");
        }
        settings.put(e.getKey(), e.getValue().asString());
      });
      String protocol = protocolRequired || body.has("protocol") ? required(body, "protocol") : null;
      return new Form(required(body, "name"), protocol, required(body, "url"), settings, priority);
    }
  }

  /** Every source with its harvest health: state, last run and counts, last success, next run, records held. */
  @GetMapping
  List<Map<String, Object>> list() {
    Map<Long, SourceHealth> health = runs.health();
    return sources.all().stream().map(s -> describe(s, health.get(s.id()))).toList();
  }

  @GetMapping("/{id}")
  Map<String, Object> one(@PathVariable long id) {
    Source s = sources.find(id).orElseThrow(() -> new ApiErrors.NotFoundException("no source " + id));
    Map<String, Object> m = describe(s, runs.health().get(id));
    m.put("runs", runs.history(id, 20).stream().map(r -> HarvestsController.describe(r, List.of())).toList());
    return m;
  }

  /** Removes the source and its records; datasets other sources also hold stay, with their contribution. */
  @org.springframework.web.bind.annotation.DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable long id) {
    sources.find(id).orElseThrow(() -> new ApiErrors.NotFoundException("no source " + id));
    harvests.deleteSource(id);
  }

  @PostMapping("/{id}/harvest")
  @ResponseStatus(HttpStatus.ACCEPTED)
  Map<String, Object> harvest(@PathVariable long id, @RequestParam(defaultValue = "false") boolean full) {
    return Map.of("runId", harvests.start(id, full));
  }

  private static Map<String, Object> describe(Source s, SourceHealth h) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id());
    m.put("name", s.name());
    m.put("protocol", s.protocol());
    m.put("url", s.url());
    m.put("priority", s.priority());
    m.put("settings", s.shownSettings());
    m.put("state", h == null ? "never" : h.state());
    m.put("records", h == null ? 0 : h.records());
    m.put("progress", h == null ? null : h.progress());
    m.put("lastRun", h == null || h.lastRun() == null ? null : HarvestsController.describe(h.lastRun(), List.of()));
    m.put("lastSuccess", h == null || h.lastSuccess() == null ? null : h.lastSuccess().toString());
    Instant after = h == null || h.lastRun() == null ? Instant.now() : h.lastRun().startedAt();
    Instant next;
    try {
      next = Schedules.next(s.setting("schedule", null), after);
    } catch (IllegalArgumentException e) {
      next = null;
    }
    m.put("nextRun", next == null ? null : next.toString());
    return m;
  }

  private static String required(JsonNode body, String field) {
    JsonNode v = body.get(field);
    if (v == null || !v.isString() || v.asString().isBlank()) {
      throw new IllegalArgumentException("'" + field + "' is required (a non-empty string)");
    }
    return v.asString().strip();
  }
}
