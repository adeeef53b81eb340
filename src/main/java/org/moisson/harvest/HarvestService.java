package org.moisson.harvest;

import jakarta.annotation.PreDestroy;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.moisson.store.RunStatus;
import org.moisson.store.RunStore;
import org.moisson.store.SourceStore;
import org.moisson.system.MoissonProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;

/**
 * Starts harvests (at most {@code moisson.harvest.concurrency} at once, never two of one source) and,
 * at start-up, resumes the runs a crash interrupted, from their checkpoints.
 */
@Service
public class HarvestService {
  private static final Logger log = LoggerFactory.getLogger(HarvestService.class);

  private final SourceStore sources;
  private final RunStore runs;
  private final HarvesterRegistry harvesters;
  private final HarvestRunner runner;
  private final PageProcessor pages;
  private final IndexFeeder feeder;
  private final MoissonProperties.Harvest settings;
  private final ExecutorService pool;

  HarvestService(SourceStore sources, RunStore runs, HarvesterRegistry harvesters, HarvestRunner runner,
      PageProcessor pages, IndexFeeder feeder, MoissonProperties props) {
    this.pages = pages;
    this.sources = sources;
    this.runs = runs;
    this.harvesters = harvesters;
    this.runner = runner;
    this.feeder = feeder;
    this.settings = props.harvest();
    AtomicInteger n = new AtomicInteger();
    this.pool = Executors.newFixedThreadPool(Math.max(1, settings.concurrency()), r -> {
      Thread t = new Thread(r, "harvest-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  /** A source or protocol that does not exist. */
  public static class UnknownException extends RuntimeException {
    public UnknownException(String message) {
      super(message);
    }
  }

  /**
   * Queues a harvest of the source: incremental from the last complete run when the protocol can,
   * full otherwise or when asked.
   *
   * @throws RunStore.AlreadyRunning when the source is being harvested
   */
  public long start(long sourceId, boolean full) {
    Source source = sources.find(sourceId).orElseThrow(() -> new UnknownException("no source " + sourceId));
    Harvester h = harvester(source);
    Instant from = full || !h.incremental() ? null : runs.lastCompleteStart(sourceId).orElse(null);
    long runId = runs.start(sourceId, from);
    pool.submit(() -> runner.run(source, h, runId, context()));
    return runId;
  }

  /**
   * Deletes a source: its records go, the datasets they made are recomposed from what other sources
   * hold (or become tombstones), and the index follows. Refused while the source is harvested.
   */
  public void deleteSource(long sourceId) {
    long slot = runs.start(sourceId, null); // the source's one running slot: no harvest starts meanwhile
    try {
      pages.deleteSource(sourceId);
    } catch (RuntimeException e) {
      runs.finish(slot, "FAILED", "source deletion failed: " + e.getMessage());
      throw e;
    } finally {
      feeder.catchUp();
    }
  }

  public Harvester harvester(Source source) {
    return harvesters.find(source.protocol())
        .orElseThrow(() -> new UnknownException("no harvester for protocol '" + source.protocol() + "'"));
  }

  public java.util.Set<String> protocols() {
    return harvesters.protocols();
  }

  public HarvestContext context() {
    return new HarvestContext(new HarvestHttp(settings.timeout(), settings.retries(), settings.maxPageBytes(),
        settings.maxRetryWait()), settings.maxRecordBytes());
  }

  /** Brings the index up to the database, then resumes interrupted runs. */
  @EventListener(ApplicationReadyEvent.class)
  @Order(0)
  public void resumeInterrupted() {
    int caught = feeder.catchUp();
    if (caught > 0) log.info("search index caught up with {} changes stored before the last stop", caught);
    for (RunStatus run : runs.running()) {
      Source source = sources.find(run.sourceId()).orElse(null);
      if (source == null) continue;
      Harvester h;
      try {
        h = harvester(source);
      } catch (UnknownException e) {
        runs.finish(run.id(), "FAILED", e.getMessage());
        continue;
      }
      runs.markResumed(run.id());
      log.info("resuming harvest {} of source {} from checkpoint {}", run.id(), source.name(), run.checkpoint());
      pool.submit(() -> runner.run(source, h, run.id(), context()));
    }
  }

  @PreDestroy
  void stop() {
    pool.shutdownNow();
  }
}
