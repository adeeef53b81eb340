package org.moisson.harvest.dcat;

import java.net.URI;
import java.util.Locale;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;

/** Which RDF syntax a page is in, and which to ask for. */
final class PageSyntax {
  /** Turtle first: the most common DCAT serialisation, and the fallback when nothing says. */
  static final String ACCEPT_ANY = "text/turtle, application/ld+json;q=0.9, application/rdf+xml;q=0.8, "
      + "application/n-triples;q=0.7, */*;q=0.1";

  private PageSyntax() {}

  static String accept(Lang forced) {
    return forced == null ? ACCEPT_ANY : forced.getContentType().getContentTypeStr();
  }

  /** The forced format, else the Content-Type, else the URL's file extension, else Turtle. */
  static Lang of(Lang forced, String contentType, URI url) {
    if (forced != null) return forced;
    Lang byType = byContentType(contentType);
    if (byType != null) return byType;
    Lang byExtension = url.getPath() == null ? null : RDFLanguages.filenameToLang(url.getPath());
    if (byExtension == Lang.TURTLE || byExtension == Lang.RDFXML || byExtension == Lang.JSONLD
        || byExtension == Lang.NTRIPLES) {
      return byExtension;
    }
    return Lang.TURTLE;
  }

  /**
   * Generic types (text/plain, application/octet-stream, text/html) say nothing and fall through;
   * plain JSON is taken for JSON-LD and plain XML for RDF/XML, as catalogues serve them so.
   */
  private static Lang byContentType(String contentType) {
    if (contentType == null) return null;
    String type = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
    return switch (type) {
      case "text/turtle", "application/x-turtle", "text/n3" -> Lang.TURTLE;
      case "application/rdf+xml", "application/xml", "text/xml" -> Lang.RDFXML;
      case "application/ld+json", "application/json" -> Lang.JSONLD;
      case "application/n-triples" -> Lang.NTRIPLES;
      default -> null;
    };
  }
}
