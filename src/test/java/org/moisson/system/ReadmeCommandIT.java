package org.moisson.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The jar started as the README says, in its own process with a fresh home: it must come up, load
 * the demo catalogue, serve pages and search, and keep everything across a restart.
 */
class ReadmeCommandIT {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void theJarRunsTheDemoCatalogueAndSurvivesARestart() throws Exception {
    Path home = Files.createTempDirectory("moisson-readme");
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Process app = start(home, port);
    try {
      awaitHealth(port, app);
      long total = awaitDatasets(port, 40);
      assertThat(total).isEqualTo(40);
      assertThat(get(port, "/").body()).contains("name=\"q\"");
      assertThat(Files.readString(home.resolve("admin-token")).strip()).hasSizeGreaterThan(20);
    } finally {
      stop(app);
    }
    Process again = start(home, port);
    try {
      awaitHealth(port, again);
      // Same home: the catalogue is still there and the demo is not loaded twice.
      assertThat(awaitDatasets(port, 40)).isEqualTo(40);
      String token = Files.readString(home.resolve("admin-token")).strip();
      HttpResponse<String> sources = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/sources"))
          .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(JsonMapper.builder().build().readTree(sources.body()).size()).isEqualTo(5);
    } finally {
      stop(again);
    }
  }

  private static Process start(Path home, int port) throws IOException {
    String jar = System.getProperty("moisson.jar", "target/moisson.jar");
    File log = home.resolve("app-" + Instant.now().toEpochMilli() + ".log").toFile();
    return new ProcessBuilder(List.of("java", "-Xmx1g", "-jar", jar, "--server.port=" + port, "--moisson.home=" + home))
        .redirectErrorStream(true).redirectOutput(log).start();
  }

  private static void stop(Process p) throws InterruptedException {
    p.destroy();
    if (!p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) p.destroyForcibly().waitFor();
  }

  private static void awaitHealth(int port, Process app) throws Exception {
    Instant deadline = Instant.now().plusSeconds(180);
    while (Instant.now().isBefore(deadline)) {
      assertThat(app.isAlive()).as("the application exited early").isTrue();
      try {
        HttpResponse<String> r = get(port, "/actuator/health");
        if (r.statusCode() == 200 && r.body().contains("\"UP\"")) return;
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new AssertionError("no UP health after 180 s");
  }

  private static long awaitDatasets(int port, long expected) throws Exception {
    Instant deadline = Instant.now().plusSeconds(120);
    long total = -1;
    while (Instant.now().isBefore(deadline)) {
      total = JsonMapper.builder().build().readTree(get(port, "/api/v1/datasets?size=0").body()).get("total").asLong();
      if (total >= expected) return total;
      Thread.sleep(500);
    }
    return total;
  }

  private static HttpResponse<String> get(int port, String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(20)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
