package org.moisson.cite;

import java.util.List;
import org.moisson.record.Agent;
import org.moisson.record.Dataset;
import org.moisson.record.Identifier;

/**
 * What every citation format reads from a dataset, decided once: the creators to name, the year,
 * the resolvable identifier. A dataset without a DOI is cited by its landing page, else by its
 * Moisson page, so a citation always leads somewhere.
 */
record CiteFields(Dataset d, String id, String pageUrl) {

  /** DataCite's standard value for a mandatory property the source did not give. */
  static final String UNAVAILABLE = "(:unav)";

  String title() {
    String t = d.title(null);
    return t == null ? UNAVAILABLE : t;
  }

  /** Creators, else the publisher as the responsible party, else none. */
  List<Agent> authors() {
    if (!d.creators().isEmpty()) return d.creators();
    return d.publisher() == null ? List.of() : List.of(d.publisher());
  }

  String publisher() {
    return d.publisher() == null ? null : d.publisher().name();
  }

  Integer year() {
    return d.year();
  }

  String resourceType() {
    return d.resourceType() == null || d.resourceType().general() == null ? "Dataset" : d.resourceType().general();
  }

  String doi() {
    return d.doi();
  }

  /** The link a reader follows: the DOI, else another persistent identifier, else the landing page, else Moisson's page. */
  String link() {
    if (d.doi() != null) return "https://doi.org/" + d.doi();
    for (Identifier i : d.identifiers()) {
      if (i.scheme() == Identifier.Scheme.HANDLE || i.scheme() == Identifier.Scheme.ARK) return i.url();
    }
    return d.landingPage() != null ? d.landingPage() : pageUrl;
  }

  /** "Family, G." for a person whose parts are known, else the name as the source wrote it. */
  static String shortName(Agent a) {
    if (a.familyName() == null || a.givenName() == null) return a.name();
    StringBuilder initials = new StringBuilder();
    for (String part : a.givenName().strip().split("[\\s]+")) {
      if (part.isEmpty()) continue;
      if (initials.length() > 0) initials.append(' ');
      String[] hyphened = part.split("-");
      for (int i = 0; i < hyphened.length; i++) {
        if (hyphened[i].isEmpty()) continue;
        if (i > 0) initials.append('-');
        initials.appendCodePoint(hyphened[i].codePointAt(0)).append('.');
      }
    }
    return a.familyName().strip() + ", " + initials;
  }

  /** A safe file name for downloads: the DOI's characters that files cannot hold become "_". */
  String fileStem() {
    String base = d.doi() != null ? d.doi() : id;
    return base.replaceAll("[^A-Za-z0-9._-]", "_");
  }
}
