package org.moisson.harvest;

/**
 * A record as the source served it. identifier is the source's own (OAI identifier, dataset URI…);
 * format names the {@link org.moisson.mapping.MetadataMapper} that reads the payload; url is where a
 * person can see the original record; datestamp is the source's last-modified date, if given. A
 * deleted record carries no payload.
 */
public record RawRecord(String identifier, String format, String payload, String datestamp,
    boolean deleted, String url) {

  public RawRecord {
    if (identifier == null || identifier.isBlank()) throw new IllegalArgumentException("record without identifier");
    if (!deleted && payload == null) throw new IllegalArgumentException("record " + identifier + " without payload");
  }

  public static RawRecord deleted(String identifier, String datestamp, String url) {
    return new RawRecord(identifier, null, null, datestamp, true, url);
  }
}
