package org.moisson.harvest;

import jakarta.annotation.PreDestroy;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import org.moisson.store.RunStatus;
import org.moisson.store.RunStore;
import org.moisson.system.DaemonThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs one harvest to its end: asks the harvester page after page, hands each page to the
 * {@link PageProcessor}, feeds the index, and closes the run with a status a steward can trust:
 * SUCCEEDED (every record taken), PARTIAL (the list was complete but some records failed), FAILED
 * (the list could not be completed; the checkpoint lets the next try resume).
 *
 * <p>The next page is fetched and parsed on a thread of its own while this one is stored and
 * indexed, and each stored page is indexed on the feeder's thread while the next is mapped and
 * stored: the source's latency, parsing, mapping, PostgreSQL and Lucene then overlap.
 * Pages are still stored one at a time, in order, so the checkpoint means what it meant.
 */
@Component
class HarvestRunner {
  private static final Logger log = LoggerFactory.getLogger(HarvestRunner.class);
  static final int MAX_REPEATED_PAGES = 10;

  private final PageProcessor pages;
  private final IndexFeeder feeder;
  private final RunStore runs;
  private final ExecutorService fetchers;

  HarvestRunner(PageProcessor pages, IndexFeeder feeder, RunStore runs) {
    this.pages = pages;
    this.feeder = feeder;
    this.runs = runs;
    this.fetchers = Executors.newCachedThreadPool(DaemonThreads.numbered("harvest-fetch"));
  }

  @PreDestroy
  void stop() {
    fetchers.shutdownNow();
  }

  void run(Source source, Harvester harvester, long runId, HarvestContext ctx) {
    RunStatus run = runs.find(runId).orElseThrow();
    HarvestWindow window = new HarvestWindow(run.incrementalFrom());
    String cursor = run.checkpoint();
    Set<String> cursors = new HashSet<>();
    Set<String> pageSignatures = new HashSet<>();
    int repeats = 0;
    int failed = run.counts().failed();
    long listed = run.counts().created() + run.counts().updated() + run.counts().unchanged() + run.counts().skipped();
    Future<Page> next = null;
    try {
      next = fetch(harvester, source, window, cursor, ctx);
      while (true) {
        if (Thread.currentThread().isInterrupted()) throw new Stopped(null);
        Page page = await(next);
        next = null;
        // A page served again under a new cursor may be a provider quirk; many in a row is a loop.
        repeats = page.records().isEmpty() || pageSignatures.add(signature(page)) ? 0 : repeats + 1;
        if (repeats >= MAX_REPEATED_PAGES) {
          throw new HarvestException("pagination loop: the source served pages already seen " + repeats
              + " times in a row (last cursor " + cursor + ")");
        }
        String following = page.nextCursor();
        boolean fresh = following != null && !Objects.equals(following, cursor) && cursors.add(following);
        if (fresh) next = fetch(harvester, source, window, following, ctx);
        RunStatus.Counts c = pages.process(source, runId, page, ctx.maxRecordBytes());
        failed += c.failed();
        listed += c.created() + c.updated() + c.unchanged() + c.skipped();
        feeder.catchUpSoon();
        if (following == null) break;
        if (!fresh) throw new HarvestException("pagination loop: the source gave cursor " + following + " again");
        cursor = following;
      }
      String message = null;
      if (!window.incremental()) {
        if (listed == 0 && failed == 0) {
          message = "the source listed no records: deletions skipped, in case it is only a passing fault";
        } else {
          int gone = pages.deleteUnseen(source, runId);
          if (gone > 0) message = gone + " records no longer listed by the source were deleted";
        }
      }
      // A run reported ended is searchable: whoever polls its status then finds its records.
      feeder.catchUp();
      runs.finish(runId, failed > 0 ? "PARTIAL" : "SUCCEEDED", message);
    } catch (HarvestException e) {
      if (stopping(e)) {
        log.info("harvest {} of source {} interrupted by shutdown; it resumes from its checkpoint at next start", runId, source.id());
        return;
      }
      log.warn("harvest {} of source {} failed: {}", runId, source.id(), e.getMessage());
      catchUpQuietly();
      runs.finish(runId, "FAILED", e.getMessage());
    } catch (RuntimeException e) {
      log.error("harvest {} of source {} crashed", runId, source.id(), e);
      catchUpQuietly();
      runs.finish(runId, "FAILED", "internal error: " + e);
    } finally {
      if (next != null) next.cancel(true);
    }
  }

  /** What a failed run stored before its fault is searchable too; the index's own fault is only logged here. */
  private void catchUpQuietly() {
    try {
      feeder.catchUp();
    } catch (RuntimeException e) {
      log.warn("search index: catch-up after a failed harvest failed: {}", e.toString());
    }
  }

  private Future<Page> fetch(Harvester harvester, Source source, HarvestWindow window, String cursor, HarvestContext ctx)
      throws HarvestException {
    try {
      return fetchers.submit(() -> harvester.page(source, window, cursor, ctx));
    } catch (RejectedExecutionException e) {
      throw new Stopped(e); // the fetchers are shut down
    }
  }

  /** The fetched page, or what its fetch threw, as if the page had been fetched on this thread. */
  private static Page await(Future<Page> page) throws HarvestException {
    try {
      return page.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      page.cancel(true);
      throw new Stopped(e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof HarvestException h) throw h;
      if (cause instanceof RuntimeException r) throw r;
      if (cause instanceof Error err) throw err;
      throw new HarvestException(String.valueOf(cause), cause);
    }
  }

  /** The application is shutting down: the run is left RUNNING, to resume from its checkpoint. */
  private static final class Stopped extends HarvestException {
    Stopped(Throwable cause) {
      super("stopped (application shutting down)", cause);
    }
  }

  private static boolean stopping(HarvestException e) {
    // A harvester's own wait (a Retry-After, a request) interrupted by the shutdown ends the same way.
    return e instanceof Stopped || Thread.currentThread().isInterrupted() || e.getCause() instanceof InterruptedException;
  }

  /**
   * Identifiers and payload sizes: two pages with the same signature are the same page served
   * twice. Sizes, not hashes: hashing every payload again cost the harvest thread 1.5% of a run.
   */
  private static String signature(Page page) {
    StringBuilder sb = new StringBuilder();
    page.records().forEach(r -> sb.append(r.identifier()).append('\u0000')
        .append(r.payload() == null ? -1 : r.payload().length()).append('\n'));
    return DatasetIds.sha256(sb.toString());
  }
}
