package org.moisson.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.moisson.harvest.Schedules;
import org.moisson.harvest.Source;
import org.moisson.store.RunStatus;
import org.moisson.store.RunStore;
import org.moisson.store.SourceHealth;
import org.moisson.store.SourceStore;
import org.moisson.system.AdminToken;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Harvest health for data stewards: every source with its state, last run, records and next run,
 * a progress bar on running harvests, and each run's errors with links to the original records.
 * Signed in with the admin token, kept in an HttpOnly cookie.
 */
@Controller
class AdminPageController {
  static final String COOKIE = "moisson-admin";

  private final SourceStore sources;
  private final RunStore runs;
  private final AdminToken token;

  AdminPageController(SourceStore sources, RunStore runs, AdminToken token) {
    this.sources = sources;
    this.runs = runs;
    this.token = token;
  }

  /** One line of the health table. */
  public record Row(Source source, SourceHealth health, String nextRun) {}

  @GetMapping("/admin/login")
  String login() {
    return "admin/login";
  }

  @PostMapping("/admin/login")
  String login(@RequestParam String token, HttpServletResponse response, Model model) {
    if (!this.token.matches(token)) {
      response.setStatus(HttpStatus.UNAUTHORIZED.value());
      model.addAttribute("error", true);
      return "admin/login";
    }
    Cookie c = new Cookie(COOKIE, token.strip());
    c.setHttpOnly(true);
    c.setPath("/");
    c.setAttribute("SameSite", "Strict");
    response.addCookie(c);
    return "redirect:/admin";
  }

  @GetMapping("/admin")
  String health(Model model) {
    Map<Long, SourceHealth> health = runs.health();
    List<Row> rows = new ArrayList<>();
    for (Source s : sources.all()) {
      SourceHealth h = health.get(s.id());
      Instant after = h.lastRun() == null ? Instant.now() : h.lastRun().startedAt();
      Instant next = null;
      try {
        next = Schedules.next(s.setting("schedule", null), after);
      } catch (IllegalArgumentException ignored) {
        // shown as no next run
      }
      rows.add(new Row(s, h, next == null ? null : next.toString()));
    }
    // Trouble first: what a steward must look at tops the page.
    rows.sort(Comparator.comparing((Row r) -> order(r.health().state())).thenComparing(r -> r.source().name()));
    model.addAttribute("rows", rows);
    return "admin/health";
  }

  private static int order(String state) {
    return List.of("failed", "running", "partial", "never", "ok").indexOf(state);
  }

  @GetMapping("/admin/runs/{runId}")
  String run(@PathVariable long runId, Model model) {
    RunStatus run = runs.find(runId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    model.addAttribute("run", run);
    model.addAttribute("source", sources.find(run.sourceId()).orElse(null));
    model.addAttribute("errors", runs.errors(runId, 1000));
    model.addAttribute("history", runs.history(run.sourceId(), 20));
    return "admin/run";
  }
}
