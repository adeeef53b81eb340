package org.moisson.store;

import java.time.Instant;

/** A harvest run as stored: its state, counters and checkpoint. */
public record RunStatus(long id, long sourceId, String status, Instant incrementalFrom, Instant startedAt,
    Instant finishedAt, String checkpoint, int pages, Counts counts, int resumed, String message) {

  public boolean running() {
    return "RUNNING".equals(status);
  }

  /**
   * What a run did to the records of its source; skipped are records the source's settings leave
   * out (a resource type it does not want).
   */
  public record Counts(int created, int updated, int unchanged, int deleted, int failed, int skipped) {
    public static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0);
  }
}
