package org.moisson.record;

/**
 * A link to another resource: identifier as the source wrote it, its type (DOI, URL…), the DataCite
 * relationType ("IsCitedBy", "IsSupplementTo"…) and resourceTypeGeneral of the target when known.
 */
public record RelatedResource(String identifier, String identifierType, String relationType,
    String resourceType) {}
