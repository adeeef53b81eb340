package org.moisson.harvest;

import jakarta.annotation.PreDestroy;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.moisson.store.RunStatus;
import org.moisson.store.RunStore;
import org.moisson.store.SourceStore;
import org.moisson.system.DaemonThreads;
import org.moisson.system.MoissonProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Starts harvests (at most {@code moisson.harvest.concurrency} at once, never two of one source) and,
 * at start-up, resumes the runs a crash interrupted, from their checkpoints. With several nodes on
 * one database, each run belongs to one node, which renews its lease; a node resumes only its own
 * runs and those whose lease expired (their node died).
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
  /** Runs this node is running, whose lease it renews. */
  private final Set<Long> running = ConcurrentHashMap.newKeySet();

  HarvestService(SourceStore sources, RunStore runs, HarvesterRegistry harvesters, HarvestRunner runner,
      PageProcessor pages, IndexFeeder feeder, MoissonProperties props) {
    this.pages = pages;
    this.sources = sources;
    this.runs = runs;
    this.harvesters = harvesters;
    this.runner = runner;
    this.feeder = feeder;
    this.settings = props.harvest();
    this.pool = Executors.newFixedThreadPool(Math.max(1, settings.concurrency()), DaemonThreads.numbered("harvest"));
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
    long runId = runs.start(sourceId, from(source, h, full));
    submit(source, h, runId);
    return runId;
  }

  /**
   * Starts the scheduled harvest of a source found due, unless a node (this one or another sharing
   * the database) started one since {@code seenLastStart}.
   *
   * @return the run, or empty when another node was first
   */
  OptionalLong startIfDue(long sourceId, Instant seenLastStart) {
    Source source = sources.find(sourceId).orElseThrow(() -> new UnknownException("no source " + sourceId));
    Harvester h = harvester(source);
    OptionalLong runId = runs.startIfDue(sourceId, seenLastStart, from(source, h, false));
    runId.ifPresent(id -> submit(source, h, id));
    return runId;
  }

  private Instant from(Source source, Harvester h, boolean full) {
    return full || !h.incremental() ? null : runs.lastCompleteStart(source.id()).orElse(null);
  }

  private void submit(Source source, Harvester h, long runId) {
    running.add(runId);
    pool.submit(() -> {
      try {
        runner.run(source, h, runId, context());
      } finally {
        running.remove(runId);
      }
    });
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

  /**
   * Registers a source after checking what can be checked without fetching anything: an http(s)
   * URL, a known protocol and the settings its harvester requires, a schedule that parses.
   *
   * @return the new source's id
   * @throws IllegalArgumentException with a message for the person who filled in the source
   */
  public long register(String name, String protocol, String url, Map<String, String> settings, int priority) {
    Source s = checked(name, protocol, url, settings, priority);
    return sources.create(s.name(), s.protocol(), s.url(), s.settings(), s.priority());
  }

  /**
   * Changes a source's name, URL, settings or priority, checked as {@link #register} checks them.
   * Its protocol cannot change: its records were read in that protocol's formats. When the name or
   * the priority changes, the datasets it holds are recomposed (fields by priority) and indexed again
   * (the source facet shows names). A secret setting sent back as {@link Source#HIDDEN} keeps its value.
   *
   * @param protocol null, or the source's own
   */
  public void update(long id, String name, String protocol, String url, Map<String, String> settings, int priority) {
    Source old = sources.find(id).orElseThrow(() -> new UnknownException("no source " + id));
    if (protocol != null && !protocol.isBlank() && !protocol.strip().equals(old.protocol())) {
      throw new IllegalArgumentException("the protocol of a source cannot change (its records were read as "
          + old.protocol() + "): add a new source instead");
    }
    Map<String, String> kept = new java.util.LinkedHashMap<>(settings);
    kept.replaceAll((k, v) -> Source.secret(k) && Source.HIDDEN.equals(v) ? old.settings().getOrDefault(k, "") : v);
    Source s = checked(name, old.protocol(), url, kept, priority);
    sources.update(id, s.name(), s.url(), s.settings(), s.priority());
    if (!old.name().equals(s.name()) || old.priority() != s.priority()) {
      pages.recomposeSource(id);
      feeder.catchUp();
    }
  }

  private Source checked(String name, String protocol, String url, Map<String, String> settings, int priority) {
    if (name == null || name.isBlank()) throw new IllegalArgumentException("name is required");
    if (protocol == null || protocol.isBlank()) throw new IllegalArgumentException("protocol is required");
    if (url == null || url.isBlank()) throw new IllegalArgumentException("url is required");
    URI uri;
    try {
      uri = URI.create(url.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("url '" + url + "' is not a URL");
    }
    if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
      throw new IllegalArgumentException("url must be an http(s) URL, not '" + url + "'");
    }
    if (settings.containsKey("schedule")) Schedules.parse(settings.get("schedule"));
    Source candidate = new Source(0, name.strip(), protocol.strip(), uri.toString(), settings, priority);
    try {
      harvester(candidate).validate(candidate);
    } catch (UnknownException e) {
      throw new IllegalArgumentException(e.getMessage() + "; known protocols: " + String.join(", ", protocols()));
    }
    return candidate;
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
    resume(runs.claimResumable(true));
  }

  /**
   * Renews the lease of the runs this node is running, and takes over those of a node that stopped
   * renewing its own (it died): they resume here from their checkpoints.
   */
  @Scheduled(fixedDelayString = "${moisson.harvest.heartbeat:15s}", initialDelayString = "${moisson.harvest.heartbeat:15s}")
  void keepLeases() {
    runs.heartbeat(List.copyOf(running));
    resume(runs.claimResumable(false));
  }

  private void resume(List<RunStatus> claimed) {
    for (RunStatus run : claimed) {
      Source source = sources.find(run.sourceId()).orElse(null);
      if (source == null) continue;
      Harvester h;
      try {
        h = harvester(source);
      } catch (UnknownException e) {
        runs.finish(run.id(), "FAILED", e.getMessage());
        continue;
      }
      log.info("resuming harvest {} of source {} from checkpoint {}", run.id(), source.name(), run.checkpoint());
      submit(source, h, run.id());
    }
  }

  @PreDestroy
  void stop() {
    pool.shutdownNow();
  }
}
