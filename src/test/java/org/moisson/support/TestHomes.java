package org.moisson.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Homes of the applications the tests start. Each holds a database and an index (up to a few
 * hundred MB), so they live under the build folder, one folder per test JVM, and a JVM removes
 * the folders of JVMs that have ended: repeated runs do not fill the machine's temp folder.
 * The last run's homes stay for reading after a failure; {@code mvn clean} removes them.
 */
public final class TestHomes {
  private static final Path ROOT = Path.of("target", "test-homes").toAbsolutePath();
  private static Path mine;

  private TestHomes() {}

  /** A new empty folder for one application's home. */
  public static synchronized Path create(String prefix) {
    try {
      if (mine == null) {
        Files.createDirectories(ROOT);
        removeEndedRuns();
        mine = Files.createDirectories(ROOT.resolve(Long.toString(ProcessHandle.current().pid())));
      }
      return Files.createTempDirectory(mine, prefix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void removeEndedRuns() throws IOException {
    try (Stream<Path> runs = Files.list(ROOT)) {
      for (Path run : runs.toList()) {
        if (!ended(run.getFileName().toString())) continue;
        try (Stream<Path> all = Files.walk(run)) {
          all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
  }

  private static boolean ended(String name) {
    try {
      return ProcessHandle.of(Long.parseLong(name)).isEmpty();
    } catch (NumberFormatException notARun) {
      return false;
    }
  }
}
