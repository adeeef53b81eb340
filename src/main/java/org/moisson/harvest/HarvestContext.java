package org.moisson.harvest;

/** What the pipeline lends a harvester for one run: an HTTP client with its politeness rules, and limits. */
public record HarvestContext(HarvestHttp http, int maxRecordBytes) {}
