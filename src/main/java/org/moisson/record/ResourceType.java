package org.moisson.record;

/**
 * general is a DataCite resourceTypeGeneral ("Dataset", "Software", "Collection"…), the value the
 * resource-type facet counts; detail is the source's own free text, if any.
 */
public record ResourceType(String general, String detail) {}
