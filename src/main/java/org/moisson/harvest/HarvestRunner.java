package org.moisson.harvest;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.moisson.store.RunStatus;
import org.moisson.store.RunStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs one harvest to its end: asks the harvester page after page, hands each page to the
 * {@link PageProcessor}, feeds the index, and closes the run with a status a steward can trust:
 * SUCCEEDED (every record taken), PARTIAL (the list was complete but some records failed), FAILED
 * (the list could not be completed; the checkpoint lets the next try resume).
 */
@Component
class HarvestRunner {
  private static final Logger log = LoggerFactory.getLogger(HarvestRunner.class);
  static final int MAX_REPEATED_PAGES = 10;

  private final PageProcessor pages;
  private final IndexFeeder feeder;
  private final RunStore runs;

  HarvestRunner(PageProcessor pages, IndexFeeder feeder, RunStore runs) {
    this.pages = pages;
    this.feeder = feeder;
    this.runs = runs;
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
    try {
      while (true) {
        if (Thread.currentThread().isInterrupted()) throw new HarvestException("stopped (application shutting down)");
        Page page = harvester.page(source, window, cursor, ctx);
        // A page served again under a new cursor may be a provider quirk; many in a row is a loop.
        repeats = page.records().isEmpty() || pageSignatures.add(signature(page)) ? 0 : repeats + 1;
        if (repeats >= MAX_REPEATED_PAGES) {
          throw new HarvestException("pagination loop: the source served pages already seen " + repeats
              + " times in a row (last cursor " + cursor + ")");
        }
        RunStatus.Counts c = pages.process(source, runId, page, ctx.maxRecordBytes());
        failed += c.failed();
        listed += c.created() + c.updated() + c.unchanged() + c.skipped();
        feeder.catchUp();
        if (page.nextCursor() == null) break;
        if (Objects.equals(page.nextCursor(), cursor) || !cursors.add(page.nextCursor())) {
          throw new HarvestException("pagination loop: the source gave cursor " + page.nextCursor() + " again");
        }
        cursor = page.nextCursor();
      }
      String message = null;
      if (!window.incremental()) {
        if (listed == 0 && failed == 0) {
          message = "the source listed no records: deletions skipped, in case it is only a passing fault";
        } else {
          int gone = pages.deleteUnseen(source, runId);
          feeder.catchUp();
          if (gone > 0) message = gone + " records no longer listed by the source were deleted";
        }
      }
      runs.finish(runId, failed > 0 ? "PARTIAL" : "SUCCEEDED", message);
    } catch (HarvestException e) {
      if (stopping(e)) {
        log.info("harvest {} of source {} interrupted by shutdown; it resumes from its checkpoint at next start", runId, source.id());
        return;
      }
      log.warn("harvest {} of source {} failed: {}", runId, source.id(), e.getMessage());
      runs.finish(runId, "FAILED", e.getMessage());
    } catch (RuntimeException e) {
      log.error("harvest {} of source {} crashed", runId, source.id(), e);
      runs.finish(runId, "FAILED", "internal error: " + e);
    }
  }

  private static boolean stopping(HarvestException e) {
    return Thread.currentThread().isInterrupted() || e.getCause() instanceof InterruptedException;
  }

  /** Identifiers and payload sizes: two pages with the same signature are the same page served twice. */
  private static String signature(Page page) {
    StringBuilder sb = new StringBuilder();
    page.records().forEach(r -> sb.append(r.identifier()).append('\u0000')
        .append(r.payload() == null ? -1 : r.payload().hashCode()).append('\n'));
    return DatasetIds.sha256(sb.toString());
  }
}
