package org.moisson.mapping;

import org.moisson.record.Dataset;

/**
 * Maps one raw record of a metadata FORMAT to a {@link Dataset}. A pure function of the payload: no
 * network, no clock, no state, so any stored payload can be re-mapped later and golden files hold.
 *
 * <pre>{@code
 * Dataset d = new DataCiteMapper().map(Files.readString(path));
 * }</pre>
 *
 * One mapper serves every protocol that carries its format (OAI-PMH may carry DataCite, so may a
 * DataCite REST harvest). {@link #format()} is persisted with each raw record: never rename it.
 */
public interface MetadataMapper {

  /** The format id stored with raw records: "oai_dc", "datacite", "dcat"… */
  String format();

  /**
   * @throws MappingException when the payload is not well-formed or lacks what a dataset needs (a
   *     title); the message says what, for the harvest report
   */
  Dataset map(String payload) throws MappingException;
}
