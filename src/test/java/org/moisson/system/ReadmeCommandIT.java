package org.moisson.system;

import org.moisson.support.TestHomes;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.moisson.support.AppProcess;

/**
 * The jar started as the README says, in its own process with a fresh home: it must come up, load
 * the demo catalogue, serve pages and search, and keep everything across a restart.
 */
class ReadmeCommandIT {

  @Test
  void theJarRunsTheDemoCatalogueAndSurvivesARestart() throws Exception {
    Path home = TestHomes.create("readme");
    int port = AppProcess.freePort();
    try (AppProcess app = AppProcess.start(home, port)) {
      assertThat(app.await("/api/v1/datasets?size=0", null, j -> j.get("total").asLong() >= 40, Duration.ofSeconds(120))
          .get("total").asLong()).isEqualTo(40);
      assertThat(app.send("GET", "/", null, null).body()).contains("name=\"q\"");
      // The design system's files are in the jar, and the demo's official collections hold datasets.
      assertThat(app.send("GET", "/dsfr/dsfr.min.css", null, null).statusCode()).isEqualTo(200);
      String coastal = app.send("GET", "/collections/coastal-use-case?lang=en", null, null).body();
      assertThat(coastal).contains("Coastal use case").doesNotContain(">0 datasets<");
      assertThat(coastal).containsPattern("class=\"fr-text--lg total\">[1-9]\\d* datasets");
      assertThat(Files.readString(home.resolve("admin-token")).strip()).hasSizeGreaterThan(20);
    }
    try (AppProcess again = AppProcess.start(home, port)) {
      // Same home: the catalogue is still there and the demo is not loaded twice.
      assertThat(again.json("GET", "/api/v1/datasets?size=0", null, null).get("total").asLong()).isEqualTo(40);
      String token = Files.readString(home.resolve("admin-token")).strip();
      assertThat(again.json("GET", "/api/v1/sources", token, null).size()).isEqualTo(5);
    }
  }
}
