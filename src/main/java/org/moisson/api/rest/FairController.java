package org.moisson.api.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.moisson.facts.FactsQueries;
import org.moisson.fair.FairIndicator;
import org.moisson.fair.FairJson;
import org.moisson.store.SourceStore;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * FAIR scores per source, public: {@code GET /api/v1/fair/sources} (every source) and
 * {@code /api/v1/fair/sources/{id}}: averages over the source's datasets (percent) and, per indicator,
 * the share of its datasets that meet it. {@code GET /api/v1/fair/indicators} lists the indicators.
 */
@RestController
@RequestMapping("/api/v1/fair")
class FairController {
  private final FactsQueries facts;
  private final SourceStore sources;
  private final MessageSource messages;

  FairController(FactsQueries facts, SourceStore sources, MessageSource messages) {
    this.facts = facts;
    this.sources = sources;
    this.messages = messages;
  }

  @GetMapping("/sources")
  List<Map<String, Object>> bySource() {
    Map<Long, String> names = sources.names();
    return facts.fairBySource().stream().filter(s -> names.containsKey(s.sourceId()))
        .map(s -> describe(s, names.get(s.sourceId()))).toList();
  }

  @GetMapping("/sources/{id}")
  Map<String, Object> source(@PathVariable long id) {
    String name = sources.names().get(id);
    if (name == null) throw new ApiErrors.NotFoundException("no source " + id);
    return describe(facts.fairOf(id), name);
  }

  @GetMapping("/indicators")
  List<Map<String, Object>> indicators(@RequestParam(required = false) String lang) {
    return FairJson.indicators(messages, "fr".equals(lang) ? Locale.FRENCH : Locale.ENGLISH);
  }

  private static Map<String, Object> describe(FactsQueries.SourceFair s, String name) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("source", s.sourceId());
    m.put("name", name);
    m.put("datasets", s.datasets());
    m.put("F", pct(s.f()));
    m.put("A", pct(s.a()));
    m.put("I", pct(s.i()));
    m.put("R", pct(s.r()));
    Map<String, Object> met = new LinkedHashMap<>();
    for (FairIndicator i : FairIndicator.values()) {
      long n = s.indicatorsMet().getOrDefault(i.id(), 0L);
      met.put(i.id(), s.datasets() == 0 ? 0 : pct((double) n / s.datasets()));
    }
    m.put("indicatorsMet", met);
    return m;
  }

  private static double pct(double v) {
    return Math.round(v * 1000) / 10.0;
  }
}
