package org.moisson.api.dcat;

import static org.moisson.api.dcat.DcatVocabulary.*;

import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.moisson.record.Identifier;
import org.moisson.record.RelatedResource;
import org.moisson.xml.XmlChars;

/**
 * Related resources: the relation types Dublin Core has a property for are written with it
 * (dct:isReferencedBy…); the others as dcat:qualifiedRelation whose role is the DataCite
 * ontology's term for the DataCite relationType (datacite:isSupplementTo…), so no type is lost.
 */
final class DcatRelationWriter {
  private DcatRelationWriter() {}

  static void write(Model m, Resource ds, List<RelatedResource> related, Map<String, String> dctProperties) {
    for (RelatedResource r : related) {
      if (r.identifier() == null || r.identifier().isBlank()) continue;
      RDFNode target = target(m, r);
      String type = r.relationType() == null || r.relationType().isBlank() ? "IsRelatedTo" : r.relationType().strip();
      String dct = dctProperties.get(type);
      if (dct != null) {
        ds.addProperty(m.createProperty(DCT, dct), target);
      } else if (type.equals("IsRelatedTo")) {
        ds.addProperty(RELATION, target);
      } else {
        String role = DATACITE + Character.toLowerCase(type.charAt(0)) + type.substring(1);
        Resource q = m.createResource(RELATIONSHIP).addProperty(RELATION, target)
            .addProperty(HAD_ROLE, m.createResource(role, ROLE));
        ds.addProperty(QUALIFIED_RELATION, q);
      }
    }
  }

  /** The resolvable IRI of the identifier, else a blank node carrying it as dct:identifier. */
  private static RDFNode target(Model m, RelatedResource r) {
    Identifier id = Identifier.parse(r.identifier(), r.identifierType());
    String iri = DcatDatasetWriter.iri(id == null ? null : id.url());
    if (iri != null) return m.createResource(iri);
    return m.createResource().addProperty(IDENTIFIER, XmlChars.clean(r.identifier()));
  }
}
