package org.moisson.record;

/** A funding reference (DataCite fundingReference). */
public record Funding(String funderName, String funderIdentifier, String awardNumber, String awardTitle) {}
