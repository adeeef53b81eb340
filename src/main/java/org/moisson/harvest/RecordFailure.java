package org.moisson.harvest;

/** A record that failed: its identifier (or what stands for it), where to see it, and why. */
public record RecordFailure(String identifier, String url, String message) {}
