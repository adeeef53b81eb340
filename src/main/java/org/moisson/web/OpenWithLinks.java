package org.moisson.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links to external tools from URL templates: every placeholder is replaced by the dataset's value,
 * URL-encoded; a tool whose template names a value the dataset lacks is left out rather than given a
 * broken link. Unknown placeholders leave the tool out too, so a typo in the settings shows.
 */
final class OpenWithLinks {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

  record Link(String name, String href) {}

  private OpenWithLinks() {}

  static List<Link> build(List<OpenWithSettings.Tool> tools, Map<String, String> values, SafeLinks safe) {
    List<Link> out = new ArrayList<>();
    for (OpenWithSettings.Tool t : tools) {
      if (t.name() == null || t.url() == null) continue;
      String href = expand(t.url(), values);
      if (href != null && safe.href(href) != null) out.add(new Link(t.name(), href));
    }
    return out;
  }

  /** The template with its placeholders filled, or null when one has no value. */
  static String expand(String template, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String v = values.get(m.group(1));
      if (v == null || v.isBlank()) return null;
      m.appendReplacement(out, Matcher.quoteReplacement(
          URLEncoder.encode(v, StandardCharsets.UTF_8).replace("+", "%20")));
    }
    m.appendTail(out);
    return out.toString();
  }
}
