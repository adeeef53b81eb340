package org.moisson.related;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The tabs of a dataset page's knowledge graph, and which tab a related resource belongs in: by the
 * target's resource type first (software is a service whatever the relation), then by what the
 * relation says (IsDocumentedBy is documentation), then by relation family.
 */
public enum RelationTab {
  PUBLICATIONS, SERVICES, DOCUMENTATION, DATASETS, OTHER;

  private static final Set<String> SERVICE_TYPES = Set.of("software", "service", "workflow",
      "computationalnotebook", "model");
  private static final Set<String> DATASET_TYPES = Set.of("dataset", "collection", "physicalobject", "image",
      "audiovisual", "sound");
  private static final Set<String> PUBLICATION_TYPES = Set.of("journalarticle", "text", "datapaper", "preprint",
      "book", "bookchapter", "conferencepaper", "conferenceproceeding", "report", "dissertation", "journal",
      "poster", "presentation", "peerreview", "publication", "article");
  private static final Set<String> DOCUMENTATION_RELATIONS = Set.of("isdocumentedby", "isdescribedby", "hasmetadata");
  private static final Set<String> PUBLICATION_RELATIONS = Set.of("iscitedby", "isreferencedby", "issupplementto",
      "ispublishedin", "cites", "references");
  private static final Set<String> DATASET_RELATIONS = Set.of("isnewversionof", "ispreviousversionof", "isversionof",
      "hasversion", "ispartof", "haspart", "isderivedfrom", "issourceof", "isidenticalto", "isvariantformof",
      "isoriginalformof", "continues", "iscontinuedby", "obsoletes", "isobsoletedby", "compiles", "iscompiledby",
      "issupplementedby", "collects", "iscollectedby");

  /** The DataCite relation seen from the other end: B IsDerivedFrom A means A IsSourceOf B. */
  private static final Map<String, String> INVERSE = inverses(
      "IsCitedBy", "Cites", "IsSupplementTo", "IsSupplementedBy", "IsContinuedBy", "Continues",
      "IsNewVersionOf", "IsPreviousVersionOf", "IsPartOf", "HasPart", "IsReferencedBy", "References",
      "IsDocumentedBy", "Documents", "IsCompiledBy", "Compiles", "IsVariantFormOf", "IsOriginalFormOf",
      "HasMetadata", "IsMetadataFor", "Reviews", "IsReviewedBy", "IsDerivedFrom", "IsSourceOf",
      "Describes", "IsDescribedBy", "HasVersion", "IsVersionOf", "Requires", "IsRequiredBy",
      "Obsoletes", "IsObsoletedBy", "Collects", "IsCollectedBy", "HasTranslation", "IsTranslationOf");

  public static RelationTab of(String relationType, String resourceType) {
    String type = fold(resourceType);
    String rel = fold(relationType);
    if (SERVICE_TYPES.contains(type)) return SERVICES;
    if (DOCUMENTATION_RELATIONS.contains(rel)) return DOCUMENTATION;
    if (DATASET_TYPES.contains(type)) return DATASETS;
    if (PUBLICATION_TYPES.contains(type)) return PUBLICATIONS;
    if (!type.isEmpty() && !type.equals("other")) return OTHER;
    if (PUBLICATION_RELATIONS.contains(rel)) return PUBLICATIONS;
    if (DATASET_RELATIONS.contains(rel)) return DATASETS;
    return OTHER;
  }

  /** The inverse relation type, or the same one for a symmetric or unknown relation. */
  public static String inverse(String relationType) {
    if (relationType == null) return null;
    return INVERSE.getOrDefault(relationType, relationType);
  }

  /** The tab's anchor on the page and its label key. */
  public String anchor() {
    return name().toLowerCase(Locale.ROOT);
  }

  private static String fold(String s) {
    return s == null ? "" : s.strip().toLowerCase(Locale.ROOT).replace(" ", "");
  }

  private static Map<String, String> inverses(String... pairs) {
    Map<String, String> m = new java.util.HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
      m.put(pairs[i + 1], pairs[i]);
    }
    return Map.copyOf(m);
  }
}
