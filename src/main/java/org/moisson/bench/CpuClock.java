package org.moisson.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * CPU time of this JVM, of its JIT compilers, and of the embedded PostgreSQL (its postmaster and
 * every backend), so a report from a busy shared machine still says what the work cost, whatever the
 * wall clock says.
 */
final class CpuClock {
  /** USER_HZ, 100 on every Linux this runs on. */
  private static final int CLOCK_TICKS_PER_SECOND = 100;
  private final Path dataDirectory;

  /** @param dataDirectory the embedded PostgreSQL's data folder, how its processes are found */
  CpuClock(Path dataDirectory) {
    this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
  }

  /**
   * Seconds of CPU so far: [0] this JVM, [1] PostgreSQL (0 when it is not ours to see), [2] the
   * JVM's JIT compiler threads, part of [0] (0 where /proc is not there to tell).
   */
  double[] seconds() {
    double jvm = cpu(ProcessHandle.current());
    double pg = postmaster().map(p -> cpu(p) + p.descendants().mapToDouble(CpuClock::cpu).sum()).orElse(0.0);
    return new double[] {jvm, pg, compilerSeconds()};
  }

  /**
   * The C1 and C2 compiler threads' CPU, from /proc/self/task: no Java API sees them, and in a fresh
   * JVM they take a fifth of two cores for tens of thousands of records.
   */
  static double compilerSeconds() {
    Path tasks = Path.of("/proc/self/task");
    if (!Files.isDirectory(tasks)) return 0;
    long ticks = 0;
    try (Stream<Path> all = Files.list(tasks)) {
      for (Path t : (Iterable<Path>) all::iterator) ticks += compilerTicks(t);
    } catch (IOException e) {
      return 0;
    }
    return ticks / (double) CLOCK_TICKS_PER_SECOND;
  }

  private static long compilerTicks(Path task) {
    try {
      if (!Files.readString(task.resolve("comm")).contains("CompilerThre")) return 0;
      String stat = Files.readString(task.resolve("stat"));
      // Fields after the command's closing parenthesis; utime and stime are the 12th and 13th.
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    } catch (IOException | RuntimeException e) {
      return 0; // the thread ended meanwhile
    }
  }

  private Optional<ProcessHandle> postmaster() {
    String dir = dataDirectory.toString();
    return ProcessHandle.allProcesses().filter(p -> {
      ProcessHandle.Info info = p.info();
      return info.command().map(c -> c.endsWith("/postgres")).orElse(false)
          && info.arguments().map(a -> Arrays.asList(a).contains(dir)).orElse(false);
    }).findFirst();
  }

  private static double cpu(ProcessHandle p) {
    return p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L) / 1e9;
  }
}
