package org.moisson.mapping;

import java.util.Locale;
import org.moisson.record.DatasetBuilder;
import org.moisson.record.Funding;
import org.moisson.record.Identifier;
import org.moisson.xml.Dom;
import org.w3c.dom.Element;

/** fundingReferences (kernel 4), and the Funder contributors kernel 3 used instead. */
final class DataCiteFunding {
  private DataCiteFunding() {}

  static void map(Element resource, DatasetBuilder b) {
    for (Element f : Payloads.items(resource, "fundingReferences", "fundingReference")) {
      Element id = Dom.child(f, "funderIdentifier");
      String name = Dom.text(f, "funderName");
      String funderId = funderId(Dom.text(id), Dom.attr(id, "funderIdentifierType"));
      String award = Dom.text(f, "awardNumber");
      String title = Dom.text(f, "awardTitle");
      if (name != null || funderId != null || award != null || title != null) {
        Payloads.addOnce(b.funding, new Funding(name, funderId, award, title));
      }
    }
    for (Element c : Payloads.items(resource, "contributors", "contributor")) {
      if (!"Funder".equalsIgnoreCase(Dom.attr(c, "contributorType"))) continue;
      String name = Dom.text(c, "contributorName");
      if (name == null || b.funding.stream().anyMatch(f -> name.equals(f.funderName()))) continue;
      Element id = Dom.child(c, "nameIdentifier");
      b.funding.add(new Funding(name, funderId(Dom.text(id), Dom.attr(id, "nameIdentifierScheme")), null, null));
    }
  }

  /**
   * Funding has no identifier type, so known schemes become URLs that say what they are: a Crossref
   * Funder ID (a DOI, written bare or as a URL) as https://doi.org/…, a ROR id as https://ror.org/….
   */
  static String funderId(String value, String type) {
    if (value == null || value.isBlank()) return null;
    String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
    // "http://doi.org/http://doi.org/10.13039/…": a resolver prefixed twice (DataCite's own JSON example).
    value = value.strip().replaceFirst("(?i)^(?:https?://(?:dx\\.)?doi\\.org/)+(?=https?://(?:dx\\.)?doi\\.org/)", "");
    String ror = DataCiteAgents.rorOf(value, type);
    if (ror != null) return "https://ror.org/" + ror;
    Identifier id = Identifier.parse(value);
    if (id.scheme() == Identifier.Scheme.DOI) return id.url();
    boolean crossref = t.contains("crossref") || t.contains("fundref");
    // Some sources write only the number of a Crossref Funder ID, without its 10.13039 prefix.
    return crossref && id.value().matches("\\d{6,}") ? "https://doi.org/10.13039/" + id.value() : id.value();
  }
}
