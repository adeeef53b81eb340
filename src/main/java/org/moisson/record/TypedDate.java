package org.moisson.record;

/** A date with its DataCite dateType ("Collected", "Created", "Available"…); value may be a range "a/b". */
public record TypedDate(String type, String value) {}
