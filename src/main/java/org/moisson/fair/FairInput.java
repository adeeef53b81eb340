package org.moisson.fair;

import java.util.Set;
import org.moisson.record.Dataset;

/**
 * What the FAIR indicators read: the dataset, the protocols its sources serve it by ("oai-pmh",
 * "csw"…) and the metadata formats its records came in ("datacite", "iso19139"…).
 */
public record FairInput(Dataset dataset, Set<String> protocols, Set<String> formats) {
  public FairInput {
    protocols = protocols == null ? Set.of() : Set.copyOf(protocols);
    formats = formats == null ? Set.of() : Set.copyOf(formats);
  }
}
