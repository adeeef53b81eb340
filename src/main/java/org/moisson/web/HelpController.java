package org.moisson.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Help pages written in Markdown in the project ({@code help/fr/*.md}, {@code help/en/*.md}),
 * rendered to HTML once and kept. A page missing in one language is shown in the other.
 */
@Controller
class HelpController {
  private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
  // Raw HTML in the Markdown is escaped: the pages are ours, but nothing needs it.
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
      .sanitizeUrls(true).build();

  private final Map<String, Optional<Page>> cache = new ConcurrentHashMap<>();

  /** A rendered page: its title (the first heading) and its HTML body. */
  record Page(String title, String html, String lang) {}

  @GetMapping("/help")
  String index(Model model, Locale locale) {
    return show("index", model, locale);
  }

  @GetMapping("/help/{name}")
  String page(@PathVariable String name, Model model, Locale locale) {
    if (!NAME.matcher(name).matches()) throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    return show(name, model, locale);
  }

  private String show(String name, Model model, Locale locale) {
    String lang = "fr".equals(locale.getLanguage()) ? "fr" : "en";
    Page page = load(lang, name).or(() -> load("fr".equals(lang) ? "en" : "fr", name))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    model.addAttribute("page", page);
    model.addAttribute("name", name);
    return "help";
  }

  private Optional<Page> load(String lang, String name) {
    return cache.computeIfAbsent(lang + "/" + name, k -> read(lang, name));
  }

  static Optional<Page> read(String lang, String name) {
    try (InputStream in = HelpController.class.getResourceAsStream("/help/" + lang + "/" + name + ".md")) {
      if (in == null) return Optional.empty();
      Node doc = PARSER.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      return Optional.of(new Page(title(doc), RENDERER.render(doc), lang));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String title(Node doc) {
    for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Heading h && h.getLevel() == 1) {
        StringBuilder b = new StringBuilder();
        for (Node c = h.getFirstChild(); c != null; c = c.getNext()) if (c instanceof Text t) b.append(t.getLiteral());
        return b.toString();
      }
    }
    return "Moisson";
  }
}
