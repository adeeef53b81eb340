package org.moisson.store;

/**
 * One change to a source's record. For a failed mapping, mappedJson and datasetId are null and the
 * stored ones are kept, so the dataset stays visible until the source serves a record that maps.
 * The payload is deflated ({@link PayloadCodec}) by the caller, on whatever cores it maps on.
 */
public record RecordWrite(String identifier, Kind kind, String format, byte[] payload, String hash,
    String datestamp, String url, String mappedJson, String datasetId, String error) {

  public enum Kind { MAPPED, FAILED, DELETED }
}
