package org.moisson.mapping;

import org.moisson.record.Dataset;

/**
 * ISO 19139 ({@code gmd:MD_Metadata}, and ISO 19115-2 {@code gmi:MI_Metadata}), alone or in an
 * envelope (a CSW or OAI-PMH answer holding one record). The mapping is shared with ISO 19115-3:
 * see {@link IsoMetadata}.
 */
final class Iso19139Mapper implements MetadataMapper {
  static final String FORMAT = "iso19139";

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public Dataset map(String payload) {
    return IsoMetadata.map(IsoMetadata.root(Payloads.parse(payload), IsoPaths.ISO19139, IsoPaths.ISO19115_3),
        IsoPaths.ISO19139);
  }
}
