package org.moisson.mapping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every metadata mapper, by format id. Adding a format: one line in {@link #defaults()}. */
public final class Mappers {
  private final Map<String, MetadataMapper> byFormat = new LinkedHashMap<>();

  private Mappers(List<MetadataMapper> mappers) {
    mappers.forEach(m -> byFormat.put(m.format(), m));
  }

  public static Mappers defaults() {
    return new Mappers(List.of(new MoissonJsonMapper()));
  }

  public MetadataMapper forFormat(String format) {
    MetadataMapper m = byFormat.get(format);
    if (m == null) throw new MappingException("no mapper for metadata format '" + format + "'");
    return m;
  }
}
