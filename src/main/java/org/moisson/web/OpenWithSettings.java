package org.moisson.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code moisson.open-with[i].name} and {@code .url}: external tools a dataset page links to, the URL
 * a template with placeholders {id}, {doi}, {landingPage}, {title} (see {@link OpenWithLinks}).
 */
@ConfigurationProperties("moisson")
public record OpenWithSettings(List<Tool> openWith) {
  public OpenWithSettings {
    openWith = openWith == null ? List.of() : List.copyOf(openWith);
  }

  /** One tool: the label shown and its URL template. */
  public record Tool(String name, String url) {}
}
