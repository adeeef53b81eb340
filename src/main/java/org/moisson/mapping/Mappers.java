package org.moisson.mapping;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The metadata mappers by format id. A new format is one more line in {@link #defaults()}.
 *
 * <pre>{@code
 * Dataset d = Mappers.defaults().forFormat("oai_dc").map(rawRecord.payload());
 * }</pre>
 */
public final class Mappers {
  private final Map<String, MetadataMapper> byFormat;

  private Mappers(Map<String, MetadataMapper> byFormat) {
    this.byFormat = Collections.unmodifiableMap(byFormat);
  }

  /** Every mapper Moisson ships. */
  public static Mappers defaults() {
    return of(
        new DataCiteMapper(),
        new OaiDcMapper(),
        new DcatMapper(),
        new Iso19139Mapper(),
        new Iso19115p3Mapper(),
        new CswRecordMapper(),
        new DataCiteJsonMapper(),
        new CkanMapper(),
        new DataverseJsonMapper(),
        new StacCollectionMapper(),
        new SchemaOrgMapper(),
        new MoissonJsonMapper());
  }

  /** @throws IllegalArgumentException when two mappers claim the same format id */
  public static Mappers of(MetadataMapper... mappers) {
    Map<String, MetadataMapper> map = new LinkedHashMap<>();
    for (MetadataMapper m : mappers) {
      if (map.putIfAbsent(m.format(), m) != null) {
        throw new IllegalArgumentException("two mappers for format \"" + m.format() + "\"");
      }
    }
    return new Mappers(map);
  }

  /** @throws MappingException when no mapper reads this format, so the harvest report names it */
  public MetadataMapper forFormat(String format) {
    MetadataMapper m = byFormat.get(format);
    if (m == null) {
      throw new MappingException("no mapper for metadata format \"" + format + "\" (known: "
          + String.join(", ", byFormat.keySet()) + ")");
    }
    return m;
  }

  public Set<String> formats() {
    return byFormat.keySet();
  }
}
