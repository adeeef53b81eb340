package org.moisson.store;

import java.time.Instant;

/** A harvest run as stored: its state, counters and checkpoint. */
public record RunStatus(long id, long sourceId, String status, Instant incrementalFrom, Instant startedAt,
    Instant finishedAt, String checkpoint, int pages, Counts counts, int resumed, String message) {

  public boolean running() {
    return "RUNNING".equals(status);
  }

  /** What a run did to the records of its source. */
  public record Counts(int created, int updated, int unchanged, int deleted, int failed) {
    public static final Counts ZERO = new Counts(0, 0, 0, 0, 0);

    public Counts plus(Counts o) {
      return new Counts(created + o.created, updated + o.updated, unchanged + o.unchanged,
          deleted + o.deleted, failed + o.failed);
    }
  }
}
