package org.moisson.related;

import java.util.Locale;
import org.moisson.record.Identifier;
import org.moisson.record.RelatedResource;

/**
 * A related resource as a page shows it: its relation and type, a resolvable link when the identifier
 * has one, and the catalogue's own page when Moisson holds the target (datasetId, title).
 */
public record RelatedLink(String relationType, String resourceType, String identifier, String identifierType,
    String href, String datasetId, String title, boolean reverse) {

  public static RelatedLink forward(RelatedResource r, String datasetId, String title) {
    return new RelatedLink(r.relationType(), r.resourceType(), r.identifier(), r.identifierType(), href(r),
        datasetId, title, false);
  }

  public RelationTab tab() {
    return RelationTab.of(relationType, resourceType);
  }

  /** A web link for the identifier: DOI and handle resolvers, arXiv, PubMed, or the URL itself. */
  static String href(RelatedResource r) {
    String id = r.identifier() == null ? "" : r.identifier().strip();
    String type = r.identifierType() == null ? "" : r.identifierType().strip().toLowerCase(Locale.ROOT);
    switch (type) {
      case "arxiv":
        return "https://arxiv.org/abs/" + id.replaceFirst("(?i)^arxiv:", "");
      case "pmid":
        return id.matches("\\d+") ? "https://pubmed.ncbi.nlm.nih.gov/" + id + "/" : null;
      case "doi":
        Identifier doi = Identifier.parse(id, "DOI");
        return doi == null ? null : doi.url();
      case "handle":
        Identifier handle = Identifier.parse(id, "Handle");
        return handle == null || handle.url() == null ? "https://hdl.handle.net/" + id : handle.url();
      default:
        Identifier parsed = Identifier.parse(id);
        return parsed == null ? null : parsed.url();
    }
  }
}
