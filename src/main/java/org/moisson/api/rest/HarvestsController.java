package org.moisson.api.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.moisson.harvest.RecordFailure;
import org.moisson.store.RunStatus;
import org.moisson.store.RunStore;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Admin API: {@code GET /api/v1/harvests/{runId}}, a run's state, counters and record errors. */
@RestController
@RequestMapping("/api/v1/harvests")
class HarvestsController {
  private static final int MAX_ERRORS = 1000;

  private final RunStore runs;

  HarvestsController(RunStore runs) {
    this.runs = runs;
  }

  @GetMapping("/{runId}")
  Map<String, Object> one(@PathVariable long runId) {
    RunStatus run = runs.find(runId).orElseThrow(() -> new ApiErrors.NotFoundException("no harvest run " + runId));
    return describe(run, runs.errors(runId, MAX_ERRORS));
  }

  static Map<String, Object> describe(RunStatus r, List<RecordFailure> errors) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("runId", r.id());
    m.put("sourceId", r.sourceId());
    m.put("status", r.status());
    m.put("incremental", r.incrementalFrom() != null);
    m.put("from", r.incrementalFrom() == null ? null : r.incrementalFrom().toString());
    m.put("startedAt", r.startedAt().toString());
    m.put("finishedAt", r.finishedAt() == null ? null : r.finishedAt().toString());
    m.put("pages", r.pages());
    m.put("created", r.counts().created());
    m.put("updated", r.counts().updated());
    m.put("unchanged", r.counts().unchanged());
    m.put("deleted", r.counts().deleted());
    m.put("failed", r.counts().failed());
    m.put("skipped", r.counts().skipped());
    m.put("resumed", r.resumed());
    m.put("message", r.message());
    m.put("errors", errors);
    return m;
  }
}
