package org.moisson.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The built jar run as its own process, as the README says, for tests of start, stop and crash. */
public final class AppProcess implements AutoCloseable {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Process process;
  public final int port;

  private AppProcess(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /** Starts {@code java -jar target/moisson.jar} with a home and options, and waits for UP health. */
  public static AppProcess start(Path home, int port, String... options) throws Exception {
    String jar = System.getProperty("moisson.jar", "target/moisson.jar");
    List<String> cmd = new ArrayList<>(List.of("java", "-Xmx1g", "-jar", jar, "--server.port=" + port,
        "--moisson.home=" + home));
    cmd.addAll(List.of(options));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("app.log").toFile())).start();
    AppProcess app = new AppProcess(p, port);
    app.awaitHealth();
    return app;
  }

  public static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private void awaitHealth() throws Exception {
    Instant deadline = Instant.now().plusSeconds(180);
    while (Instant.now().isBefore(deadline)) {
      assertThat(process.isAlive()).as("the application exited early; see app.log in its home").isTrue();
      try {
        HttpResponse<String> r = send("GET", "/actuator/health", null, null);
        if (r.statusCode() == 200 && r.body().contains("\"UP\"")) return;
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(300);
    }
    throw new AssertionError("no UP health after 180 s");
  }

  public HttpResponse<String> send(String method, String path, String token, String json) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(20));
    if (token != null) b.header("Authorization", "Bearer " + token);
    if (json != null) b.header("Content-Type", "application/json");
    b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  public JsonNode json(String method, String path, String token, String json) throws Exception {
    return JSON.readTree(send(method, path, token, json).body());
  }

  /** Polls a GET until the predicate holds or the time is up; returns the last answer. */
  public JsonNode await(String path, String token, java.util.function.Predicate<JsonNode> done, Duration limit) throws Exception {
    Instant deadline = Instant.now().plus(limit);
    JsonNode last = null;
    while (Instant.now().isBefore(deadline)) {
      last = json("GET", path, token, null);
      if (done.test(last)) return last;
      Thread.sleep(200);
    }
    return last;
  }

  /** SIGKILL: no shutdown hook runs, as when the machine loses power. */
  public void kill() throws InterruptedException {
    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
  }
}
