package org.moisson.harvest;

import java.util.concurrent.atomic.AtomicReference;
import org.moisson.search.SearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Rebuilds of the search index from the database started through the admin API, one at a time,
 * in the background, with their progress. The command line does the same in the foreground
 * ({@link RebuildIndexCommand}).
 */
@Service
public class IndexRebuilds {
  private static final Logger log = LoggerFactory.getLogger(IndexRebuilds.class);

  private final IndexFeeder feeder;
  private final SearchIndex index;
  private final AtomicReference<Status> status = new AtomicReference<>(new Status(false, 0, 0, null));

  IndexRebuilds(IndexFeeder feeder, SearchIndex index) {
    this.feeder = feeder;
    this.index = index;
  }

  /** @param running a rebuild is under way; done/total its changes applied so far; error of the last one */
  public record Status(boolean running, long done, long total, String error) {}

  /** A rebuild already runs. */
  public static class AlreadyRebuilding extends RuntimeException {
    AlreadyRebuilding() {
      super("the index is being rebuilt already");
    }
  }

  public Status status() {
    return status.get();
  }

  public long count() {
    return index.count();
  }

  public long watermark() {
    return index.watermark();
  }

  /** @throws AlreadyRebuilding when one runs */
  public void start() {
    Status idle = status.get();
    if (idle.running() || !status.compareAndSet(idle, new Status(true, 0, 0, null))) throw new AlreadyRebuilding();
    Thread t = new Thread(() -> {
      try {
        int n = feeder.rebuild((done, total) -> status.set(new Status(true, done, total, null)));
        status.set(new Status(false, n, n, null));
        log.info("search index rebuilt from the database: {} changes", n);
      } catch (RuntimeException e) {
        log.warn("search index rebuild failed: {}", e.toString());
        Status s = status.get();
        status.set(new Status(false, s.done(), s.total(), e.getMessage()));
      }
    }, "index-rebuild");
    t.setDaemon(true);
    t.start();
  }
}
