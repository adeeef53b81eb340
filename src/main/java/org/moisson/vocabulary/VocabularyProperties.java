package org.moisson.vocabulary;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the vocabularies ({@code moisson.vocabulary.*}).
 *
 * @param thesauri SKOS files loaded besides the platform's own theme scheme (always loaded): file
 *     paths, http(s) URLs or {@code classpath:} resources, RDF/XML, Turtle or JSON-LD, e.g. GCMD
 *     Science Keywords or GEMET. A change takes effect at the next start, and in the concepts of the
 *     indexed datasets after an index rebuild.
 */
@ConfigurationProperties("moisson.vocabulary")
public record VocabularyProperties(List<String> thesauri) {
  public VocabularyProperties {
    thesauri = thesauri == null ? List.of() : thesauri.stream().filter(s -> s != null && !s.isBlank()).toList();
  }
}
