package org.moisson.mapping;

import static org.moisson.mapping.DcatTerms.DCAT;
import static org.moisson.mapping.DcatTerms.DCT;
import static org.moisson.mapping.DcatTerms.FOAF;
import static org.moisson.mapping.DcatTerms.PROV;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.moisson.record.DatasetBuilder;
import org.moisson.record.Identifier;
import org.moisson.record.RelatedResource;

/** Links to other resources, as DataCite relation types seen from the dataset. */
final class DcatRelations {
  /** DataCite 4 relationType values, to recognise them in dcat:qualifiedRelation roles. */
  private static final Map<String, String> DATACITE = Stream.of("IsCitedBy", "Cites", "IsSupplementTo",
      "IsSupplementedBy", "IsContinuedBy", "Continues", "IsDescribedBy", "Describes", "HasMetadata",
      "IsMetadataFor", "HasVersion", "IsVersionOf", "IsNewVersionOf", "IsPreviousVersionOf", "IsPartOf",
      "HasPart", "IsPublishedIn", "IsReferencedBy", "References", "IsDocumentedBy", "Documents",
      "IsCompiledBy", "Compiles", "IsVariantFormOf", "IsOriginalFormOf", "IsIdenticalTo", "IsReviewedBy",
      "Reviews", "IsDerivedFrom", "IsSourceOf", "IsRequiredBy", "Requires", "IsObsoletedBy", "Obsoletes",
      "IsCollectedBy", "Collects", "HasTranslation", "IsTranslationOf")
      .collect(Collectors.toMap(s -> s.toLowerCase(Locale.ROOT), Function.identity()));

  /**
   * Property → relation type, in the order they are read. dct:relation says only "related", which
   * DataCite has no word for: it becomes "IsRelatedTo". dcat:prev (the item before this one in a
   * series) is what DataCite calls Continues.
   */
  private static final List<Map.Entry<Property, String>> LINKS = List.of(
      link(DCAT, "inSeries", "IsPartOf"), link(DCT, "isPartOf", "IsPartOf"),
      link(DCT, "hasPart", "HasPart"), link(DCAT, "seriesMember", "HasPart"),
      link(DCAT, "first", "HasPart"), link(DCAT, "last", "HasPart"),
      link(DCAT, "prev", "Continues"), link(DCAT, "next", "IsContinuedBy"),
      link(DCAT, "previousVersion", "IsNewVersionOf"), link(DCAT, "hasVersion", "HasVersion"),
      link(DCT, "hasVersion", "HasVersion"), link(DCAT, "isVersionOf", "IsVersionOf"),
      link(DCT, "isVersionOf", "IsVersionOf"), link(DCT, "isReferencedBy", "IsReferencedBy"),
      link(DCT, "references", "References"), link(DCT, "source", "IsDerivedFrom"),
      link(PROV, "wasDerivedFrom", "IsDerivedFrom"), link(DCT, "replaces", "Obsoletes"),
      link(DCT, "isReplacedBy", "IsObsoletedBy"), link(DCT, "requires", "Requires"),
      link(DCT, "isRequiredBy", "IsRequiredBy"), link(FOAF, "page", "IsDocumentedBy"),
      link(FOAF, "isPrimaryTopicOf", "HasMetadata"), link(DCT, "relation", "IsRelatedTo"));

  private DcatRelations() {}

  private static Map.Entry<Property, String> link(String ns, String local, String type) {
    return Map.entry(DcatTerms.prop(ns, local), type);
  }

  static void read(Resource ds, DatasetBuilder b) {
    for (Map.Entry<Property, String> link : LINKS) {
      for (RDFNode n : RdfReading.values(ds, link.getKey())) add(b, target(n), link.getValue());
    }
    for (Resource q : RdfReading.resources(ds, DcatTerms.QUALIFIED_RELATION)) qualified(q, b);
  }

  /** dcat:qualifiedRelation [ dct:relation <target>; dcat:hadRole <…/isSupplementTo> ]. */
  private static void qualified(Resource q, DatasetBuilder b) {
    String role = RdfReading.localName(RdfReading.firstString(q, DcatTerms.HAD_ROLE));
    if (role == null) return;
    String type = DATACITE.getOrDefault(role.toLowerCase(Locale.ROOT), role);
    for (RDFNode n : RdfReading.values(q, DcatTerms.RELATION)) add(b, target(n), type);
  }

  /** An IRI or literal as written; a blank node by its identifier, if it has one. */
  private static String target(RDFNode n) {
    if (!n.isAnon()) return RdfReading.string(n);
    Resource r = n.asResource();
    String id = RdfReading.firstString(r, DcatTerms.IDENTIFIER);
    if (id != null) return id;
    for (Resource adms : RdfReading.resources(r, DcatTerms.ADMS_IDENTIFIER)) {
      id = RdfReading.firstString(adms, DcatTerms.NOTATION);
      if (id != null) return id;
    }
    return null;
  }

  private static void add(DatasetBuilder b, String target, String type) {
    if (target == null) return;
    Identifier id = Identifier.parse(target);
    RelatedResource r = new RelatedResource(target, id.scheme().name(), type, null);
    if (!b.related.contains(r)) b.related.add(r);
  }
}
