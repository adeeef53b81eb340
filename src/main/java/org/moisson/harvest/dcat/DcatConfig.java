package org.moisson.harvest.dcat;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.riot.Lang;
import org.moisson.harvest.Source;

/**
 * The settings of a DCAT source. Only one: "format" forces the syntax of the pages when a server
 * labels them wrongly ("turtle", "rdfxml", "jsonld" or "ntriples"; a media type works too).
 * Without it the syntax comes from the Content-Type, then the file extension, then Turtle.
 *
 * @param format null when not forced
 */
record DcatConfig(URI url, Lang format) {
  private static final Map<String, Lang> FORMATS = Map.ofEntries(
      Map.entry("turtle", Lang.TURTLE), Map.entry("ttl", Lang.TURTLE), Map.entry("text/turtle", Lang.TURTLE),
      Map.entry("rdfxml", Lang.RDFXML), Map.entry("rdf/xml", Lang.RDFXML), Map.entry("rdf", Lang.RDFXML),
      Map.entry("application/rdf+xml", Lang.RDFXML),
      Map.entry("jsonld", Lang.JSONLD), Map.entry("json-ld", Lang.JSONLD), Map.entry("application/ld+json", Lang.JSONLD),
      Map.entry("ntriples", Lang.NTRIPLES), Map.entry("n-triples", Lang.NTRIPLES), Map.entry("nt", Lang.NTRIPLES),
      Map.entry("application/n-triples", Lang.NTRIPLES));

  /** @throws IllegalArgumentException naming the bad setting */
  static DcatConfig of(Source source) {
    URI url = httpUrl(source.url(), "url");
    String f = source.setting("format", null);
    Lang format = null;
    if (f != null) {
      format = FORMATS.get(f.strip().toLowerCase(Locale.ROOT));
      if (format == null) {
        throw new IllegalArgumentException("format: '" + f + "' is not one of turtle, rdfxml, jsonld, ntriples");
      }
    }
    return new DcatConfig(url, format);
  }

  static URI httpUrl(String text, String setting) {
    try {
      URI u = new URI(text == null ? "" : text.strip());
      if (("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme())) && u.getHost() != null) {
        return u;
      }
    } catch (java.net.URISyntaxException e) {
      // reported below, with the setting's name
    }
    throw new IllegalArgumentException(setting + ": '" + text + "' is not an http(s) URL");
  }
}
