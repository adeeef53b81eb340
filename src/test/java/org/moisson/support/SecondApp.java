package org.moisson.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.moisson.MoissonApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A second, independent Moisson in the same JVM (its own home, PostgreSQL, index and port), to
 * harvest the first one through its machine interfaces as another portal would.
 */
public final class SecondApp implements AutoCloseable {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ConfigurableApplicationContext context;
  private final int port;

  public SecondApp() {
    Path home = TestHomes.create("second-home");
    // Arguments, not default properties: application.yml outranks those and would put home in ~/.moisson.
    context = new SpringApplicationBuilder(MoissonApplication.class).run(
        "--server.port=0", "--moisson.home=" + home, "--moisson.demo=false", "--moisson.admin-token=" + AppTest.TOKEN,
        "--moisson.harvest.retries=1", "--moisson.harvest.max-retry-wait=100ms", "--moisson.harvest.timeout=10s",
        "--moisson.harvest.schedule-check=1h", "--spring.jmx.enabled=false");
    if (!context.getEnvironment().getProperty("moisson.home", "").equals(home.toString())) {
      context.close();
      throw new IllegalStateException("the second application did not take its own home");
    }
    port = ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  public <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  public String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  public String get(String path) {
    return send(HttpRequest.newBuilder(URI.create(url(path))).GET());
  }

  private String send(HttpRequest.Builder b) {
    try {
      return HTTP.send(b.header("Authorization", "Bearer " + AppTest.TOKEN).timeout(Duration.ofSeconds(60)).build(),
          HttpResponse.BodyHandlers.ofString()).body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public long createSource(String json) {
    String body = send(HttpRequest.newBuilder(URI.create(url("/api/v1/sources"))).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
    return JSON.readTree(body).get("id").asLong();
  }

  /** Harvests a source and waits for the run's report. */
  public JsonNode harvest(long source, boolean full) {
    String started = send(HttpRequest.newBuilder(URI.create(url("/api/v1/sources/" + source + "/harvest" + (full ? "?full=true" : ""))))
        .POST(HttpRequest.BodyPublishers.noBody()));
    long run = JSON.readTree(started).get("runId").asLong();
    Instant deadline = Instant.now().plusSeconds(180);
    while (Instant.now().isBefore(deadline)) {
      JsonNode r = JSON.readTree(get("/api/v1/harvests/" + run));
      if (!"RUNNING".equals(r.get("status").asString())) return r;
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    throw new AssertionError("run " + run + " still running");
  }

  @Override
  public void close() {
    context.close();
  }
}
