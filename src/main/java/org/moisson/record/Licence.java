package org.moisson.record;

/**
 * A licence: id is its short SPDX-style identifier when Moisson recognises it ("CC-BY-4.0",
 * "etalab-2.0"), what the licence facet counts; uri the IRI the source gave; label the source's own
 * wording. Any may be null, not all.
 */
public record Licence(String id, String uri, String label) {

  /** What people and the facet see: the short id, else the label, else the IRI. */
  public String name() {
    return id != null ? id : label != null ? label : uri;
  }

  /** A link to the licence text: the source's IRI when it is a web address, else the SPDX page. */
  public String link() {
    if (uri != null && (uri.startsWith("http://") || uri.startsWith("https://"))) return uri;
    return id == null ? null : id.equals("etalab-2.0") ? "https://www.etalab.gouv.fr/licence-ouverte-open-licence/"
        : "https://spdx.org/licenses/" + id + ".html";
  }
}
