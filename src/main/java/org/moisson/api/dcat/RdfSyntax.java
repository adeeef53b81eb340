package org.moisson.api.dcat;

import java.util.List;
import org.apache.jena.riot.RDFFormat;
import org.springframework.http.MediaType;

/** The RDF syntaxes served, by media type and by file suffix. */
enum RdfSyntax {
  TURTLE("text/turtle", "ttl", RDFFormat.TURTLE_PRETTY),
  RDF_XML("application/rdf+xml", "rdf", RDFFormat.RDFXML_PLAIN),
  JSON_LD("application/ld+json", "jsonld", RDFFormat.JSONLD11_PRETTY);

  final MediaType mediaType;
  final String suffix;
  final RDFFormat format;

  RdfSyntax(String mediaType, String suffix, RDFFormat format) {
    this.mediaType = MediaType.parseMediaType(mediaType);
    this.suffix = suffix;
    this.format = format;
  }

  static RdfSyntax bySuffix(String path) {
    for (RdfSyntax s : values()) if (path.endsWith("." + s.suffix)) return s;
    return null;
  }

  /** The syntax the Accept header prefers (quality, then order); Turtle for anything else or nothing. */
  static RdfSyntax negotiate(String accept) {
    if (accept == null || accept.isBlank()) return TURTLE;
    List<MediaType> types;
    try {
      types = new java.util.ArrayList<>(MediaType.parseMediaTypes(accept));
    } catch (RuntimeException e) {
      return TURTLE;
    }
    types.sort((a, b) -> Double.compare(b.getQualityValue(), a.getQualityValue()));
    for (MediaType t : types) {
      if (t.isWildcardType()) return TURTLE;
      for (RdfSyntax s : values()) if (s.mediaType.isCompatibleWith(t) && !t.isWildcardSubtype()) return s;
      if (t.getSubtype().equals("json")) return JSON_LD;
      if (t.getSubtype().equals("xml")) return RDF_XML;
    }
    return TURTLE;
  }
}
