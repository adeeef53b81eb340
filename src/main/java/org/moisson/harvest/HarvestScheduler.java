package org.moisson.harvest;

import java.time.Instant;
import org.moisson.store.RunStore;
import org.moisson.store.SourceStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Starts the harvests whose schedule is due. Runs queue in {@link HarvestService} (at most
 * {@code moisson.harvest.concurrency} at once); a source still running is skipped until next time.
 */
@Component
class HarvestScheduler {
  private static final Logger log = LoggerFactory.getLogger(HarvestScheduler.class);

  private final SourceStore sources;
  private final RunStore runs;
  private final HarvestService harvests;

  HarvestScheduler(SourceStore sources, RunStore runs, HarvestService harvests) {
    this.sources = sources;
    this.runs = runs;
    this.harvests = harvests;
  }

  @Scheduled(fixedDelayString = "${moisson.harvest.schedule-check:30s}", initialDelayString = "${moisson.harvest.schedule-check:30s}")
  void startDue() {
    Instant now = Instant.now();
    for (SourceStore.Scheduled s : sources.scheduled()) {
      Instant next;
      try {
        next = Schedules.next(s.schedule(), s.lastStart() != null ? s.lastStart() : s.createdAt());
      } catch (IllegalArgumentException e) {
        continue; // refused when the source was registered; an old bad value is reported by the API
      }
      if (next == null || next.isAfter(now)) continue;
      try {
        harvests.startIfDue(s.id(), s.lastStart())
            .ifPresent(runId -> log.info("scheduled harvest {} of source {} started", runId, s.id()));
      } catch (RunStore.AlreadyRunning e) {
        // still running from last time, here or on another node: the next tick looks again
      }
    }
  }
}
