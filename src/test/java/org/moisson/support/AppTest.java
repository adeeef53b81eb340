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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of tests that run the whole application: its own PostgreSQL and Lucene index under a fresh
 * home, real HTTP on a random port. Every subclass shares one application (Spring caches the
 * context), so tests create their own sources and never count on an empty catalogue.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class AppTest {
  public static final String TOKEN = "test-admin-token";
  protected static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Path HOME = TestHomes.create("test-home");
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @LocalServerPort
  protected int port;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry r) {
    r.add("moisson.home", HOME::toString);
    r.add("moisson.demo", () -> "false");
    r.add("moisson.admin-token", () -> TOKEN);
    r.add("moisson.harvest.retries", () -> "1");
    r.add("moisson.harvest.max-retry-wait", () -> "100ms");
    r.add("moisson.harvest.timeout", () -> "2s");
    r.add("moisson.harvest.schedule-check", () -> "1s");
    // Small pages so machine-interface tests cross page boundaries with the demo catalogue.
    r.add("moisson.oai.page-size", () -> "7");
    r.add("moisson.export.batch-size", () -> "16");
    r.add("moisson.sitemap.page-size", () -> "25");
  }

  /** An HTTP answer, its body parsed as JSON when it is JSON. */
  public record Answer(int status, String body, String contentType) {
    public JsonNode json() {
      return JSON.readTree(body);
    }
  }

  protected String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  protected Answer get(String path) {
    return send(HttpRequest.newBuilder(URI.create(url(path))).GET());
  }

  protected Answer adminGet(String path) {
    return send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Bearer " + TOKEN).GET());
  }

  protected Answer adminPost(String path, String json) {
    return send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Bearer " + TOKEN)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  protected Answer send(HttpRequest.Builder b) {
    try {
      HttpResponse<String> r = HTTP.send(b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Registers a source through the admin API and returns its id. */
  public long createSource(String json) {
    Answer a = adminPost("/api/v1/sources", json);
    if (a.status() != 201) throw new AssertionError("source not created: " + a.status() + " " + a.body());
    return a.json().get("id").asLong();
  }

  /** Starts a harvest and waits for it to end; returns the run report. */
  public JsonNode harvest(long sourceId, boolean full) {
    Answer a = adminPost("/api/v1/sources/" + sourceId + "/harvest" + (full ? "?full=true" : ""), "");
    if (a.status() != 202) throw new AssertionError("harvest not started: " + a.status() + " " + a.body());
    return awaitRun(a.json().get("runId").asLong());
  }

  protected JsonNode awaitRun(long runId) {
    Instant deadline = Instant.now().plusSeconds(120);
    while (Instant.now().isBefore(deadline)) {
      JsonNode run = adminGet("/api/v1/harvests/" + runId).json();
      if (!"RUNNING".equals(run.get("status").asString())) return run;
      sleep(50);
    }
    throw new AssertionError("harvest " + runId + " still running after 120 s");
  }

  protected static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
