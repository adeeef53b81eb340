package org.moisson.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.moisson.harvest.HarvestService;
import org.moisson.harvest.Source;
import org.moisson.store.RunStore;
import org.moisson.store.SourceStore;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The admin pages' part in harvesting: registering or editing a source with a form, and harvesting
 * one now.
 * Checked as the admin API checks them (same service); a refused form comes back with what was
 * typed and the reason. The admin cookie is SameSite=Strict, so another site cannot post here.
 */
@Controller
class AdminSourcesController {
  private static final Set<String> RESERVED = Set.of("name", "protocol", "url", "priority", "schedule", "types");

  private final HarvestService harvests;
  private final SourceStore sources;

  AdminSourcesController(HarvestService harvests, SourceStore sources) {
    this.harvests = harvests;
    this.sources = sources;
  }

  /** The form's values, as typed (a field left out is blank); settings are {@code key=value} lines. */
  public record SourceForm(String name, String protocol, String url, String priority, String schedule, String types,
      String settings, Boolean harvest) {
    public SourceForm {
      name = blankIfNull(name);
      protocol = blankIfNull(protocol);
      url = blankIfNull(url);
      priority = priority == null ? "100" : priority;
      schedule = blankIfNull(schedule);
      types = blankIfNull(types);
      settings = blankIfNull(settings);
      harvest = Boolean.TRUE.equals(harvest);
    }

    private static String blankIfNull(String s) {
      return s == null ? "" : s;
    }
  }

  @GetMapping("/admin/sources/new")
  String form(Model model) {
    return form(model, new SourceForm("", "oai-pmh", "", "100", "", "", "", true), null, null);
  }

  @GetMapping("/admin/sources/{id}/edit")
  String edit(@PathVariable long id, Model model) {
    Source s = sources.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    StringBuilder lines = new StringBuilder();
    s.shownSettings().forEach((k, v) -> {
      if (!RESERVED.contains(k)) lines.append(k).append('=').append(v).append('\n');
    });
    return form(model, new SourceForm(s.name(), s.protocol(), s.url(), Integer.toString(s.priority()),
        s.setting("schedule", ""), s.setting("types", ""), lines.toString(), false), null, id);
  }

  /** Saves an edited source; its protocol stays what it was. */
  @PostMapping("/admin/sources/{id}")
  String update(@PathVariable long id, @ModelAttribute SourceForm sent, Model model, HttpServletResponse response) {
    Source s = sources.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    SourceForm form = new SourceForm(sent.name(), s.protocol(), sent.url(), sent.priority(), sent.schedule(),
        sent.types(), sent.settings(), false);
    try {
      harvests.update(id, form.name(), null, form.url(), settings(form), priority(form.priority()));
    } catch (IllegalArgumentException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return form(model, form, e.getMessage(), id);
    }
    return "redirect:/admin?updated=" + id;
  }

  @PostMapping("/admin/sources")
  String create(@ModelAttribute SourceForm form, Model model, HttpServletResponse response) {
    long id;
    try {
      id = harvests.register(form.name(), form.protocol(), form.url(), settings(form), priority(form.priority()));
    } catch (IllegalArgumentException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return form(model, form, e.getMessage(), null);
    }
    return form.harvest() ? "redirect:/admin/runs/" + harvests.start(id, true) : "redirect:/admin?added=" + id;
  }

  /** Harvests now (incrementally where the protocol can, unless {@code full}); a running harvest is shown instead. */
  @PostMapping("/admin/sources/{id}/harvest")
  String harvest(@PathVariable long id, @RequestParam(defaultValue = "false") boolean full) {
    try {
      return "redirect:/admin/runs/" + harvests.start(id, full);
    } catch (RunStore.AlreadyRunning e) {
      return "redirect:/admin?running=" + id;
    } catch (HarvestService.UnknownException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
    }
  }

  /** @param editing the source being edited, or null for a new one */
  private String form(Model model, SourceForm form, String error, Long editing) {
    model.addAttribute("form", form);
    model.addAttribute("editing", editing);
    model.addAttribute("error", error);
    model.addAttribute("protocols", List.copyOf(new java.util.TreeSet<>(harvests.protocols())));
    return "admin/source-form";
  }

  private static int priority(String priority) {
    try {
      return Integer.parseInt(priority.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("priority must be a whole number, not '" + priority + "'");
    }
  }

  /** The schedule and types fields, then one setting a line; blank lines and # comments are skipped. */
  static Map<String, String> settings(SourceForm form) {
    Map<String, String> out = new LinkedHashMap<>();
    if (!form.schedule().isBlank()) out.put("schedule", form.schedule().strip());
    if (!form.types().isBlank()) out.put("types", form.types().strip());
    String[] lines = form.settings().split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) continue;
      int eq = line.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("settings line " + (i + 1) + " '" + line + "' is not key=value");
      }
      String key = line.substring(0, eq).strip();
      if (RESERVED.contains(key)) {
        throw new IllegalArgumentException("settings line " + (i + 1) + ": '" + key + "' has its own field");
      }
      out.put(key, line.substring(eq + 1).strip());
    }
    return out;
  }
}
