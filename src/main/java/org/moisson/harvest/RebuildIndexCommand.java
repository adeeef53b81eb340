package org.moisson.harvest;

import java.io.PrintStream;
import java.util.Locale;
import org.moisson.search.SearchIndex;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar moisson.jar --moisson.rebuild-index}: empties the search index (Lucene or
 * OpenSearch, whichever the settings choose) and feeds it again from the database, printing
 * progress, then exits. {@link CommandMode} keeps the web server and the demo off meanwhile.
 */
@Component
@ConditionalOnProperty(CommandMode.REBUILD)
class RebuildIndexCommand implements ApplicationRunner {
  private final IndexFeeder feeder;
  private final SearchIndex index;
  private final ApplicationContext context;
  private final PrintStream out;

  @org.springframework.beans.factory.annotation.Autowired
  RebuildIndexCommand(IndexFeeder feeder, SearchIndex index, ApplicationContext context) {
    this(feeder, index, context, System.out);
  }

  RebuildIndexCommand(IndexFeeder feeder, SearchIndex index, ApplicationContext context, PrintStream out) {
    this.feeder = feeder;
    this.index = index;
    this.context = context;
    this.out = out;
  }

  @Override
  public void run(ApplicationArguments args) {
    int status = rebuild() >= 0 ? 0 : 1;
    // The scheduler and pools of the application would keep the JVM alive: the command ends here.
    System.exit(SpringApplication.exit(context, () -> status));
  }

  /** Rebuilds and prints a line per batch: done/total, percent, records per second. */
  int rebuild() {
    long start = System.nanoTime();
    out.println("Rebuilding the search index from the database…");
    int n = feeder.rebuild((done, total) -> {
      double seconds = (System.nanoTime() - start) / 1e9;
      out.printf(Locale.ROOT, "  %,d / %,d changes (%.0f %%), %.0f records/s%n", done, total,
          total == 0 ? 100.0 : 100.0 * done / total, done / Math.max(seconds, 1e-3));
    });
    double seconds = (System.nanoTime() - start) / 1e9;
    out.printf(Locale.ROOT, "Index rebuilt: %,d changes applied, %,d datasets searchable, in %.1f s%n",
        n, index.count(), seconds);
    return n;
  }
}
