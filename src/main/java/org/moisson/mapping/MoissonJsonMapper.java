package org.moisson.mapping;

import org.moisson.record.Dataset;
import org.moisson.record.DatasetJson;

/** Moisson's own JSON form of a dataset: what the demo catalogue and another Moisson serve. */
final class MoissonJsonMapper implements MetadataMapper {
  @Override
  public String format() {
    return "moisson-json";
  }

  @Override
  public Dataset map(String payload) {
    Dataset d;
    try {
      d = DatasetJson.read(payload);
    } catch (RuntimeException e) {
      throw new MappingException("not a Moisson dataset: " + e.getMessage(), e);
    }
    if (d.titles().isEmpty()) throw new MappingException("no title");
    return d;
  }
}
