package org.moisson.harvest;

import java.time.Instant;

/** What a run asks for: everything (from == null), or what changed since a past run started. */
public record HarvestWindow(Instant from) {
  public static final HarvestWindow FULL = new HarvestWindow(null);

  public boolean incremental() {
    return from != null;
  }
}
