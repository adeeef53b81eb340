package org.moisson.store;

import java.time.Instant;

/** A source as stewards watch it: its last run and last success, and the records it holds now. */
public record SourceHealth(long sourceId, long records, RunStatus lastRun, Instant lastSuccess,
    long expected) {

  /** never, running, ok, partial or failed: what the health page colours. */
  public String state() {
    if (lastRun == null) return "never";
    return switch (lastRun.status()) {
      case "RUNNING" -> "running";
      case "SUCCEEDED" -> "ok";
      case "PARTIAL" -> "partial";
      default -> "failed";
    };
  }

  /**
   * Progress of a running harvest, 0..1: records handled against what the last complete run
   * listed (unknown, so null, for a first harvest).
   */
  public Double progress() {
    if (lastRun == null || !lastRun.running() || expected <= 0) return null;
    RunStatus.Counts c = lastRun.counts();
    long done = (long) c.created() + c.updated() + c.unchanged() + c.failed() + c.skipped();
    return Math.min(1.0, done / (double) expected);
  }
}
