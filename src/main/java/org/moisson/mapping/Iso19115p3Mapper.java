package org.moisson.mapping;

import org.moisson.record.Dataset;

/**
 * ISO 19115-3 ({@code mdb:MD_Metadata}, mdb 1.0 or 2.0), alone or in an envelope. The mapping is
 * shared with ISO 19139: see {@link IsoMetadata}.
 */
final class Iso19115p3Mapper implements MetadataMapper {
  static final String FORMAT = "iso19115-3";

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public Dataset map(String payload) {
    return IsoMetadata.map(IsoMetadata.root(Payloads.parse(payload), IsoPaths.ISO19115_3, IsoPaths.ISO19139),
        IsoPaths.ISO19115_3);
  }
}
