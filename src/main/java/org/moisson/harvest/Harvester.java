package org.moisson.harvest;

/**
 * A harvest protocol: how to list the records of a source, one page at a time. {@link #id()} is
 * persisted with every source: never rename it.
 *
 * <p>The pipeline, not the harvester, owns everything else: scheduling, skipping unchanged records,
 * deletions, persistence, indexing and the report. It calls {@link #page} with a null cursor, stores
 * what comes back together with {@link Page#nextCursor()} as the run's checkpoint, and calls again
 * with that cursor until it is null. After a crash the run resumes from the last stored cursor, so a
 * cursor must be a plain string that means the same after a restart (a resumption token, an offset).
 *
 * <pre>{@code
 * Page p = harvester.page(source, HarvestWindow.FULL, null, ctx);
 * while (p.nextCursor() != null) p = harvester.page(source, window, p.nextCursor(), ctx);
 * }</pre>
 */
public interface Harvester {

  /** "oai-pmh", "dcat"… */
  String id();

  /**
   * Whether the protocol can ask for what changed since a date. When false every run is a full
   * harvest, and records the source no longer lists are deleted at its end.
   */
  default boolean incremental() {
    return false;
  }

  /** Checks the settings of a new source; throws {@link IllegalArgumentException} naming the bad one. */
  default void validate(Source source) {}

  /**
   * Fetches one page of records.
   *
   * @param cursor null for the first page, else a {@link Page#nextCursor()} returned before
   * @throws HarvestException when the page cannot be had (after the client's retries): the run stops
   *     there and the next run resumes from the last good cursor
   */
  Page page(Source source, HarvestWindow window, String cursor, HarvestContext ctx)
      throws HarvestException;

  /**
   * Reads a source's settings for a page: a setting that has gone bad since the source was
   * registered stops the run with a message naming the source, as a fault of the source would.
   */
  static <C> C settings(Source source, java.util.function.Function<Source, C> read) throws HarvestException {
    try {
      return read.apply(source);
    } catch (IllegalArgumentException e) {
      throw new HarvestException("source " + source.name() + ": " + e.getMessage(), e);
    }
  }
}
