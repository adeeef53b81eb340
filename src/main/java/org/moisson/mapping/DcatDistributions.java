package org.moisson.mapping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.moisson.record.DatasetBuilder;
import org.moisson.record.Distribution;
import org.moisson.record.Licence;

/** Distributions, and the licence and access rights, which DCAT puts on either level. */
final class DcatDistributions {
  private static final String IANA_MEDIA = "www.iana.org/assignments/media-types/";
  private static final String EU_FILE_TYPE = "publications.europa.eu/resource/authority/file-type/";
  private static final String EU_ACCESS_RIGHT = "publications.europa.eu/resource/authority/access-right/";

  private DcatDistributions() {}

  static void read(Resource ds, DatasetBuilder b) {
    List<Resource> dists = RdfReading.resources(ds, DcatTerms.DISTRIBUTION);
    for (Resource d : dists) {
      Distribution dist = distribution(d);
      if (dist != null && !b.distributions.contains(dist)) b.distributions.add(dist);
    }
    b.licence = licence(ds, dists);
    b.accessRights = accessRights(ds);
    for (int i = 0; b.accessRights == null && i < dists.size(); i++) b.accessRights = accessRights(dists.get(i));
  }

  /**
   * Null for a distribution that says nothing a person could use (no URL, title or format): DCAT-AP
   * examples list such stubs, and an empty entry on a page helps no one.
   */
  private static Distribution distribution(Resource d) {
    String title = RdfReading.text(d, DcatTerms.TITLE);
    // many catalogues (GeoDCAT-AP from ISO 19139 among them) name distributions in dct:description
    if (title == null) title = RdfReading.text(d, DcatTerms.DESCRIPTION);
    String access = RdfReading.firstString(d, DcatTerms.ACCESS_URL);
    if (access == null) {
      for (Resource service : RdfReading.resources(d, DcatTerms.ACCESS_SERVICE)) {
        access = RdfReading.firstString(service, DcatTerms.ENDPOINT_URL);
        if (access != null) break;
      }
    }
    String download = RdfReading.firstString(d, DcatTerms.DOWNLOAD_URL);
    String format = format(RdfReading.first(d, DcatTerms.FORMAT));
    String mediaType = format(RdfReading.first(d, DcatTerms.MEDIA_TYPE));
    if (title == null && access == null && download == null && format == null && mediaType == null) return null;
    return new Distribution(title, format, mediaType, access, download,
        byteSize(RdfReading.first(d, DcatTerms.BYTE_SIZE)), licenceText(d));
  }

  /** EU file-type IRIs by their code ("CSV"), IANA IRIs as the media type, else label or as written. */
  private static String format(RDFNode n) {
    if (n == null) return null;
    if (n.isURIResource()) {
      String iri = n.asResource().getURI();
      if (iri.contains(EU_FILE_TYPE)) return RdfReading.localName(iri);
      if (iri.contains(IANA_MEDIA)) return iri.substring(iri.indexOf(IANA_MEDIA) + IANA_MEDIA.length());
    }
    if (n.isResource()) {
      String label = RdfReading.label(n.asResource());
      return label != null ? label : RdfReading.string(n);
    }
    return RdfReading.string(n);
  }

  private static Long byteSize(RDFNode n) {
    String s = RdfReading.string(n);
    if (s == null) return null;
    try {
      return new BigDecimal(s).longValueExact(); // xsd:decimal sizes arrive as "1234.0"
    } catch (ArithmeticException | NumberFormatException e) {
      return null;
    }
  }

  /** A distribution's licence as one string: the short id when known, else the IRI, else the label. */
  private static String licenceText(Resource d) {
    Found f = first(RdfReading.values(d, DcatTerms.LICENSE));
    if (f == null) return null;
    if (f.shortId() != null) return f.shortId();
    return f.licence().uri() != null ? f.licence().uri() : f.licence().label();
  }

  /**
   * The dataset's dct:license; else the distributions' (DCAT-AP puts it there), preferring one
   * Moisson recognises when they differ; else dct:rights as a statement for people.
   */
  private static Licence licence(Resource r, List<Resource> dists) {
    Found own = first(RdfReading.values(r, DcatTerms.LICENSE));
    if (own != null) return own.licence();
    List<Found> fromDists = new ArrayList<>();
    for (Resource d : dists) {
      Found f = first(RdfReading.values(d, DcatTerms.LICENSE));
      if (f != null) fromDists.add(f);
    }
    for (Found f : fromDists) if (f.shortId() != null) return f.licence();
    if (!fromDists.isEmpty()) return fromDists.get(0).licence();
    Found rights = first(RdfReading.values(r, DcatTerms.RIGHTS));
    return rights == null ? null : rights.licence();
  }

  /** A licence and the short id it resolves to, if any. */
  private record Found(Licence licence, String shortId) {}

  private static Found first(List<RDFNode> values) {
    for (RDFNode n : values) {
      Found f = found(n);
      if (f != null) return f;
    }
    return null;
  }

  /**
   * id is the short id when the IRI, or an IRI it is declared equal to (skos:exactMatch,
   * owl:sameAs), is a well-known licence; uri is the IRI the source gave; label the graph's label.
   */
  private static Found found(RDFNode n) {
    if (n.isLiteral()) {
      String text = RdfReading.string(n);
      if (text == null) return null;
      String id = Licences.shortId(text);
      return new Found(text.startsWith("http") ? new Licence(id, text, null) : new Licence(id, null, text), id);
    }
    Resource r = n.asResource();
    String iri = r.isURIResource() ? r.getURI() : null;
    String id = Licences.shortId(iri);
    for (Resource same : sameAs(r)) if (id == null) id = Licences.shortId(same.getURI());
    String label = RdfReading.label(r);
    return iri == null && label == null && id == null ? null : new Found(new Licence(id, iri, label), id);
  }

  private static List<Resource> sameAs(Resource r) {
    List<Resource> out = new ArrayList<>();
    for (Resource s : RdfReading.resources(r, DcatTerms.EXACT_MATCH)) if (s.isURIResource()) out.add(s);
    for (Resource s : RdfReading.resources(r, DcatTerms.SAME_AS)) if (s.isURIResource()) out.add(s);
    return out;
  }

  /** EU access-right IRIs as their code ("PUBLIC"), else the statement's label, else as written. */
  private static String accessRights(Resource r) {
    RDFNode n = RdfReading.first(r, DcatTerms.ACCESS_RIGHTS);
    if (n == null) return null;
    if (n.isURIResource() && n.asResource().getURI().contains(EU_ACCESS_RIGHT)) {
      return RdfReading.localName(n.asResource().getURI());
    }
    if (n.isResource()) {
      String label = RdfReading.label(n.asResource());
      return label != null ? label : RdfReading.string(n);
    }
    return RdfReading.string(n);
  }
}
