package org.moisson.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * CPU time of this JVM and of the embedded PostgreSQL (its postmaster and every backend), so a
 * report from a busy shared machine still says what the work cost, whatever the wall clock says.
 */
final class CpuClock {
  private final Path dataDirectory;

  /** @param dataDirectory the embedded PostgreSQL's data folder, how its processes are found */
  CpuClock(Path dataDirectory) {
    this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
  }

  /** Seconds of CPU so far: [0] this JVM, [1] PostgreSQL (0 when it is not ours to see). */
  double[] seconds() {
    double jvm = cpu(ProcessHandle.current());
    double pg = postmaster().map(p -> cpu(p) + p.descendants().mapToDouble(CpuClock::cpu).sum()).orElse(0.0);
    return new double[] {jvm, pg};
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
