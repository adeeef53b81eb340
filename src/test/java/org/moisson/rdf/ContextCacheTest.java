package org.moisson.rdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moisson.mapping.GoldenFiles;

/** Where contexts come from, against a local server that counts every request a parse makes. */
class ContextCacheTest {
  private static final String TITLE = "http://purl.org/dc/terms/title";
  private static final String CONTEXT = "{\"@context\": {\"title\": \"" + TITLE + "\"}}";

  private final AtomicInteger requests = new AtomicInteger();
  private final Map<String, byte[]> bodies = new ConcurrentHashMap<>();
  private HttpServer server;
  private String base;
  @TempDir Path folder;

  /** A fetch with no bound of its own, so that the cache's bound is what is tested. */
  private final Function<URI, byte[]> plainFetch = url -> {
    try {
      return HttpClient.newHttpClient().send(HttpRequest.newBuilder(url).build(),
          HttpResponse.BodyHandlers.ofByteArray()).body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  };

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      requests.incrementAndGet();
      byte[] body = bodies.get(exchange.getRequestURI().getPath());
      if (body == null) {
        exchange.sendResponseHeaders(404, -1);
      } else {
        exchange.getResponseHeaders().add("Content-Type", "application/ld+json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
      }
      exchange.close();
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    bodies.put("/ctx.jsonld", CONTEXT.getBytes(StandardCharsets.UTF_8));
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private static String doc(String context) {
    return "{\"@context\": " + context + ", \"@id\": \"http://ex.org/d\", \"title\": \"T\", \"name\": \"N\"}";
  }

  private static boolean hasTitle(Model m) {
    return m.contains(m.createResource("http://ex.org/d"), m.createProperty(TITLE), "T");
  }

  @Test
  void cachedAndBundledContextsAreServedWithoutARequest() throws IOException {
    String url = base + "/ctx.jsonld";
    ContextCache contexts = new ContextCache(folder, plainFetch); // fetching allowed: a miss would show
    Files.writeString(contexts.fileFor(url), CONTEXT);
    Model m = SafeRdf.parse(doc("[\"" + url + "\", \"https://schema.org/\"]"), Lang.JSONLD, null, contexts);
    assertTrue(hasTitle(m));
    assertTrue(m.contains(m.createResource("http://ex.org/d"), m.createProperty("http://schema.org/name"), "N"));
    assertEquals(0, requests.get());
  }

  @Test
  void missingContextIsFetchedOnceAndStoredWhenAllowed() throws IOException {
    String url = base + "/ctx.jsonld";
    ContextCache contexts = new ContextCache(folder.resolve("sub"), plainFetch);
    assertTrue(hasTitle(SafeRdf.parse(doc("\"" + url + "\""), Lang.JSONLD, null, contexts)));
    assertTrue(hasTitle(SafeRdf.parse(doc("\"" + url + "#x\""), Lang.JSONLD, null, contexts)));
    assertEquals(1, requests.get());
    Path file = contexts.fileFor(url);
    assertEquals(folder.resolve("sub"), file.getParent());
    assertTrue(file.getFileName().toString().matches("[0-9a-f]{64}\\.jsonld"), file.toString());
    assertEquals(CONTEXT, Files.readString(file));
    // after a restart (a new cache on the same folder) it comes from the file
    ContextCache restarted = new ContextCache(folder.resolve("sub"), plainFetch);
    assertTrue(hasTitle(SafeRdf.parse(doc("\"" + url + "\""), Lang.JSONLD, null, restarted)));
    assertEquals(1, requests.get());
    try (Stream<Path> files = Files.list(folder.resolve("sub"))) {
      assertEquals(1, files.count(), "no part file left behind");
    }
  }

  @Test
  void nothingIsFetchedWhenFetchingIsOff() {
    String url = base + "/ctx.jsonld";
    ContextCache contexts = new ContextCache(folder, null);
    assertFalse(contexts.fetches());
    RdfException e = assertThrows(RdfException.class,
        () -> SafeRdf.parse(doc("\"" + url + "\""), Lang.JSONLD, null, contexts));
    assertEquals("not valid JSON-LD: " + ContextCache.refusal(url) + "; to use it, save it as "
        + contexts.fileFor(url), e.getMessage());
    assertEquals(0, requests.get());
    assertFalse(Files.exists(contexts.fileFor(url)));
  }

  @Test
  void onlyHttpContextsAreFetched() {
    AtomicInteger fetches = new AtomicInteger();
    ContextCache contexts = new ContextCache(folder, url -> {
      fetches.incrementAndGet();
      return plainFetch.apply(url);
    });
    RdfException e = assertThrows(RdfException.class,
        () -> SafeRdf.parse(doc("\"file:///etc/hostname\""), Lang.JSONLD, null, contexts));
    assertTrue(e.getMessage().contains("only http(s) contexts are fetched"), e.getMessage());
    assertEquals(0, fetches.get());
  }

  @Test
  void oversizeContextIsRefusedAndNotStored() throws IOException {
    String padding = "x".repeat(ContextCache.MAX_BYTES);
    bodies.put("/big.jsonld", ("{\"@context\": {\"title\": \"" + TITLE + "\", \"pad\": \"http://ex.org/" + padding
        + "\"}}").getBytes(StandardCharsets.UTF_8));
    String url = base + "/big.jsonld";
    ContextCache contexts = new ContextCache(folder, plainFetch);
    RdfException e = assertThrows(RdfException.class,
        () -> SafeRdf.parse(doc("\"" + url + "\""), Lang.JSONLD, null, contexts));
    assertTrue(e.getMessage().contains("JSON-LD context " + url + " as fetched is larger than 2 MiB"),
        e.getMessage());
    assertFalse(Files.exists(contexts.fileFor(url)));
    // one put in the folder by hand is held to the same bound
    Files.write(contexts.fileFor(url), bodies.get("/big.jsonld"));
    e = assertThrows(RdfException.class, () -> SafeRdf.parse(doc("\"" + url + "\""), Lang.JSONLD, null,
        new ContextCache(folder, null)));
    assertTrue(e.getMessage().contains("is larger than 2 MiB"), e.getMessage());
  }

  @Test
  void fetchedBodyThatIsNotJsonIsNotStored() {
    bodies.put("/html", "<html>Not found</html>".getBytes(StandardCharsets.UTF_8));
    String url = base + "/html";
    ContextCache contexts = new ContextCache(folder, plainFetch);
    RdfException e = assertThrows(RdfException.class,
        () -> SafeRdf.parse(doc("\"" + url + "\""), Lang.JSONLD, null, contexts));
    assertTrue(e.getMessage().contains("JSON-LD context " + url + " as fetched is not JSON"), e.getMessage());
    assertFalse(Files.exists(contexts.fileFor(url)));
  }

  @Test
  void failedFetchSaysWhy() {
    String url = base + "/missing.jsonld";
    ContextCache contexts = new ContextCache(folder, u -> {
      throw new UncheckedIOException("HTTP 404 from " + u, new IOException("HTTP 404 from " + u));
    });
    RdfException e = assertThrows(RdfException.class,
        () -> SafeRdf.parse(doc("\"" + url + "\""), Lang.JSONLD, null, contexts));
    assertTrue(e.getMessage().contains("JSON-LD context " + url + " is not bundled or cached, and fetching it failed:"
        + " HTTP 404 from " + url), e.getMessage());
  }

  /**
   * The official DCAT-AP 3 context as published fails JSON-LD 1.1 whole; loaded through the cache
   * its five Xsd:* terms are dropped and it reads, while the cached file keeps the upstream bytes.
   */
  @Test
  void officialDcatApContextIsRepairedWhenLoaded() throws IOException {
    Path upstream = GoldenFiles.fixture("dcat-ap/3.0.0/dcat-ap-context.jsonld");
    String inline = doc(jakarta.json.Json.createReader(new java.io.StringReader(GoldenFiles.read(upstream)))
        .readObject().get("@context").toString());
    RdfException e = assertThrows(RdfException.class, () -> SafeRdf.parse(inline, Lang.JSONLD, null));
    assertTrue(e.getMessage().contains("INVALID_IRI_MAPPING"), e.getMessage());

    ContextCache contexts = TestContexts.fromFixtures();
    Model m = SafeRdf.parse("{\"@context\": \"" + TestContexts.DCAT_AP_3 + "\", \"@id\": \"http://ex.org/d\","
        + " \"@type\": \"Dataset\", \"Dataset.title\": \"T\"}", Lang.JSONLD, null, contexts);
    assertTrue(hasTitle(m));
    assertTrue(m.contains(m.createResource("http://ex.org/d"), org.apache.jena.vocabulary.RDF.type,
        m.createResource("http://www.w3.org/ns/dcat#Dataset")));
    assertArrayEquals(Files.readAllBytes(upstream), Files.readAllBytes(contexts.fileFor(TestContexts.DCAT_AP_3)));
    assertEquals(0, requests.get());
  }

  @Test
  void everyFixtureContextLoads() {
    for (String url : TestContexts.FIXTURES.keySet()) {
      String d = "{\"@context\": \"" + url + "\", \"@id\": \"http://ex.org/d\", \"" + TITLE + "\": \"T\"}";
      assertTrue(hasTitle(SafeRdf.parse(d, Lang.JSONLD, null, TestContexts.fromFixtures())), url);
    }
  }
}
