package org.moisson.system;

import org.moisson.support.TestHomes;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.moisson.support.AppProcess;

/** The README's rebuild command, as a process: it rebuilds, reports, exits, and the portal finds everything again. */
class RebuildIndexCommandIT {
  private record Run(int status, String output) {}

  @Test
  void theCommandRebuildsTheIndexFromTheDatabaseAndExits() throws Exception {
    Path home = TestHomes.create("rebuild");
    int port = AppProcess.freePort();
    try (AppProcess app = AppProcess.start(home, port)) {
      app.await("/api/v1/datasets?size=0", null, r -> r.get("total").asLong() == 40, Duration.ofSeconds(120));
      // While the portal holds the home, the command is refused rather than writing under it.
      Run refused = rebuild(home);
      assertThat(refused.status()).as(refused.output()).isNotZero();
      assertThat(refused.output()).contains("another");
    }

    Run run = rebuild(home);
    assertThat(run.status()).as(run.output()).isZero();
    assertThat(run.output()).contains("Rebuilding the search index from the database")
        .containsPattern("\\d+ / \\d+ changes \\(100 %\\)")
        .containsPattern("Index rebuilt: \\d+ changes applied, 40 datasets searchable");
    assertThat(run.output()).doesNotContain("Tomcat started"); // a command, not a portal

    try (AppProcess app = AppProcess.start(home, port)) {
      assertThat(app.json("GET", "/api/v1/datasets?size=0", null, null).get("total").asLong()).isEqualTo(40);
      assertThat(app.json("GET", "/api/v1/datasets?size=0&q=ocean", null, null).get("total").asLong()).isPositive();
    }
  }

  private static Run rebuild(Path home) throws Exception {
    String jar = System.getProperty("moisson.jar", "target/moisson.jar");
    Path log = Files.createTempFile(home.getParent(), "rebuild", ".log");
    Process p = new ProcessBuilder("java", "-Xmx1g", "-jar", jar, "--moisson.rebuild-index", "--moisson.home=" + home)
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("the rebuild command did not end within 3 minutes:\n" + Files.readString(log));
    }
    return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }
}
