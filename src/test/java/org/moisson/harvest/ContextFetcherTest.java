package org.moisson.harvest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moisson.rdf.ContextCache;

/** The fetch behind moisson.harvest.fetch-contexts, against a local server. */
class ContextFetcherTest {
  private static final byte[] CONTEXT = "{\"@context\": {}}".getBytes(StandardCharsets.UTF_8);

  private final AtomicInteger requests = new AtomicInteger();
  private final ContextFetcher fetcher = new ContextFetcher(Duration.ofSeconds(5), u -> true);
  private HttpServer server;
  private String base;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/ctx.jsonld", exchange -> {
      requests.incrementAndGet();
      exchange.sendResponseHeaders(200, CONTEXT.length);
      exchange.getResponseBody().write(CONTEXT);
      exchange.close();
    });
    server.createContext("/moved", exchange -> {
      requests.incrementAndGet();
      exchange.getResponseHeaders().add("Location", "/ctx.jsonld");
      exchange.sendResponseHeaders(301, -1);
      exchange.close();
    });
    server.createContext("/to-file", exchange -> {
      requests.incrementAndGet();
      exchange.getResponseHeaders().add("Location", "file:///etc/hostname");
      exchange.sendResponseHeaders(302, -1);
      exchange.close();
    });
    server.createContext("/big", exchange -> {
      requests.incrementAndGet();
      exchange.sendResponseHeaders(200, 0); // chunked: the size is only known by reading
      byte[] chunk = new byte[64 * 1024];
      try {
        for (int i = 0; i < 64; i++) exchange.getResponseBody().write(chunk); // 4 MiB
      } catch (IOException e) {
        // the client hung up once over the bound, as it should
      }
      exchange.close();
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void fetchesTheBodyFollowingAnHttpRedirect() {
    assertEquals(new String(CONTEXT, StandardCharsets.UTF_8),
        new String(fetcher.apply(URI.create(base + "/moved")), StandardCharsets.UTF_8));
    assertEquals(2, requests.get());
  }

  @Test
  void redirectToAnotherSchemeIsNotFollowed() {
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> fetcher.apply(URI.create(base + "/to-file")));
    assertEquals("HTTP 302 from " + base + "/to-file", e.getMessage());
  }

  @Test
  void localAddressIsNotFetchedByDefault() {
    UncheckedIOException e = assertThrows(UncheckedIOException.class,
        () -> new ContextFetcher(false).apply(URI.create(base + "/ctx.jsonld")));
    assertEquals(base + "/ctx.jsonld is on a local or private address: not fetched", e.getMessage());
    assertEquals(0, requests.get());
  }

  /** A page on an allowed host cannot reach a refused one through a redirect. */
  @Test
  void redirectToARefusedAddressIsNotFollowed() {
    ContextFetcher onlyMoved = new ContextFetcher(Duration.ofSeconds(5), u -> u.getPath().equals("/moved"));
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> onlyMoved.apply(URI.create(base + "/moved")));
    assertEquals(base + "/ctx.jsonld is on a local or private address: not fetched", e.getMessage());
    assertEquals(1, requests.get());
  }

  @Test
  void addressCheckRefusesLocalAndPrivateHosts() {
    for (String host : new String[] {"127.0.0.1", "localhost", "10.1.2.3", "192.168.0.1", "172.16.5.4", "169.254.169.254",
        "100.64.0.1", "[::1]", "[fd00::1]", "0.0.0.0"}) {
      assertEquals(false, ContextFetcher.isPublic(URI.create("http://" + host + "/c.jsonld")), host);
    }
    assertTrue(ContextFetcher.isPublic(URI.create("https://8.8.8.8/c.jsonld")));
  }

  @Test
  void bodyOverTheCacheBoundIsRefusedWhileReading() {
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> fetcher.apply(URI.create(base + "/big")));
    assertTrue(e.getMessage().contains("is larger than " + ContextCache.MAX_BYTES / (1024 * 1024) + " MiB"), e.getMessage());
  }

  @Test
  void missingContextSaysHttp404() {
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> fetcher.apply(URI.create(base + "/nothing")));
    assertTrue(e.getMessage().startsWith("HTTP 404 from "), e.getMessage());
  }
}
