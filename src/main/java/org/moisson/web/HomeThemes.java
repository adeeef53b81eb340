package org.moisson.web;

import java.util.List;
import org.springframework.stereotype.Component;

/** The platform's seven themes as the home page shows them: cards linking to each theme's page. */
@Component
class HomeThemes {
  static final List<String> SLUGS = List.of("solid-earth", "oceans", "atmosphere", "climate", "biodiversity",
      "continental-surfaces", "agro-environment");

  /** A theme card: its page, the message key of its label and of its description. */
  public record Card(String slug, String href, String labelKey, String descriptionKey) {}

  List<Card> themes(String lang) {
    return SLUGS.stream().map(s -> new Card(s, "/themes/" + s, "portal.theme." + s, "portal.theme." + s + ".desc")).toList();
  }
}
