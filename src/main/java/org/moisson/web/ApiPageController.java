package org.moisson.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The API described for people at {@code /api}: every operation of the OpenAPI file, rendered on the server. */
@Controller
class ApiPageController {
  private static final List<String> METHODS = List.of("get", "post", "put", "delete", "patch");
  private final List<Operation> operations;
  private final String title;
  private final String description;

  record Parameter(String name, String in, boolean required, String description) {}

  record Operation(String method, String path, String tag, String summary, String description, boolean admin,
      List<Parameter> parameters, List<String> responses) {}

  ApiPageController() {
    JsonNode spec;
    try (InputStream in = new ClassPathResource("openapi/openapi.json").getInputStream()) {
      spec = JsonMapper.builder().build().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    title = spec.path("info").path("title").asString("");
    description = spec.path("info").path("description").asString("");
    List<Operation> ops = new ArrayList<>();
    spec.path("paths").properties().forEach(path -> {
      for (String m : METHODS) {
        JsonNode op = path.getValue().get(m);
        if (op == null) continue;
        List<Parameter> params = new ArrayList<>();
        op.path("parameters").forEach(p -> params.add(new Parameter(p.path("name").asString(), p.path("in").asString(),
            p.path("required").asBoolean(false), p.path("description").asString(""))));
        List<String> responses = new ArrayList<>();
        op.path("responses").properties().forEach(r -> responses.add(r.getKey() + " " + r.getValue().path("description").asString("")));
        ops.add(new Operation(m.toUpperCase(Locale.ROOT), path.getKey(), op.path("tags").path(0).asString(""),
            op.path("summary").asString(""), op.path("description").asString(""), op.has("security"), params, responses));
      }
    });
    operations = List.copyOf(ops);
  }

  @GetMapping("/api")
  String page(Model model, Locale locale) {
    model.addAttribute("lang", locale.getLanguage());
    model.addAttribute("apiTitle", title);
    model.addAttribute("apiDescription", description);
    model.addAttribute("operations", operations);
    return "api";
  }
}
