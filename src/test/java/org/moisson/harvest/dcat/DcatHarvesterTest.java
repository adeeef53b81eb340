package org.moisson.harvest.dcat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moisson.harvest.ContextFetcher;
import org.moisson.harvest.HarvestContext;
import org.moisson.harvest.HarvestException;
import org.moisson.harvest.HarvestHttp;
import org.moisson.harvest.HarvestWindow;
import org.moisson.harvest.Page;
import org.moisson.harvest.RawRecord;
import org.moisson.harvest.Source;
import org.moisson.mapping.DcatMapper;
import org.moisson.mapping.GoldenFiles;
import org.moisson.rdf.ContextCache;
import org.moisson.rdf.TestContexts;

/** DcatHarvester against a local server that serves real DCAT-AP examples and small paged catalogues. */
class DcatHarvesterTest {
  private static final String PREFIXES = """
      @prefix dcat: <http://www.w3.org/ns/dcat#> .
      @prefix dct: <http://purl.org/dc/terms/> .
      @prefix hydra: <http://www.w3.org/ns/hydra/core#> .
      @prefix oldhydra: <http://purl.org/hydra/core#> .
      """;

  private final DcatHarvester harvester = new DcatHarvester(TestContexts.fromFixtures());
  private final HarvestContext ctx = context(50_000_000);
  private final Map<String, Response> routes = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  private HttpServer server;
  private String base;

  private record Response(String contentType, byte[] body) {}

  private static HarvestContext context(int maxRecordBytes) {
    return new HarvestContext(new HarvestHttp(Duration.ofSeconds(5), 1, 50_000_000, Duration.ofSeconds(1)), maxRecordBytes);
  }

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      String key = exchange.getRequestURI().toString();
      hits.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
      Response r = routes.get(key);
      if (r == null) {
        exchange.sendResponseHeaders(404, -1);
      } else {
        exchange.getResponseHeaders().add("Content-Type", r.contentType());
        exchange.sendResponseHeaders(200, r.body().length);
        exchange.getResponseBody().write(r.body());
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

  private void serve(String path, String contentType, String body) {
    routes.put(path, new Response(contentType, body.getBytes(StandardCharsets.UTF_8)));
  }

  private void serveFixture(String path, String contentType, String fixture) throws IOException {
    routes.put(path, new Response(contentType, Files.readAllBytes(GoldenFiles.fixture(fixture))));
  }

  private Source source(String path, Map<String, String> settings) {
    return new Source(1, "test", "dcat", base + path, settings, 1);
  }

  private Page first(String path) throws HarvestException {
    return harvester.page(source(path, Map.of()), HarvestWindow.FULL, null, ctx);
  }

  private static List<String> ids(Page p) {
    return p.records().stream().map(RawRecord::identifier).toList();
  }

  @Test
  void turtlePageGivesOneRecordPerDatasetThatMaps() throws Exception {
    serveFixture("/hvd/catalogue.ttl", "text/turtle; charset=utf-8", "dcat-ap/3.0.0-hvd/examples/example-ms_catalogue.ttl");
    Page p = first("/hvd/catalogue.ttl");
    assertEquals(List.of("https://data.exampleMS.gov/id/dataset/1T2p3o4B"), ids(p));
    RawRecord r = p.records().get(0);
    assertEquals("dcat", r.format());
    assertEquals("https://data.exampleMS.gov/id/dataset/1T2p3o4B", r.url());
    assertTrue(p.failures().isEmpty());
    assertNull(p.nextCursor());
    assertEquals("The population of bees", new DcatMapper().map(r.payload()).title("en"));
    assertEquals("CC0-1.0", new DcatMapper().map(r.payload()).licence().id());
  }

  @Test
  void rdfXmlPageIsReadByContentType() throws Exception {
    serveFixture("/geo/dataset", "application/rdf+xml", "dcat-ap/geodcat-ap-2.0.0/examples/dataset.rdf");
    Page p = first("/geo/dataset");
    assertEquals(List.of("https://some.catalogue/resource/eea_r_3035_10_m_noise-contours-end2017_i_2016_v01_r00"), ids(p));
    assertEquals(1, new DcatMapper().map(p.records().get(0).payload()).spatial().boxes().size());
  }

  /** The example names the DCAT-AP 3 examples context by URL: it comes from the cache, not the network. */
  @Test
  void jsonLdPageWithRemoteContextIsReadOffline() throws Exception {
    serveFixture("/bees.jsonld", "application/ld+json",
        "dcat-ap/3.0.0/examples/example-bee-population-dataset-series-modified.jsonld");
    Page p = first("/bees.jsonld");
    assertEquals(List.of("https://data.gov.gr/id/dataset/BeePopulation2000", "https://data.gov.gr/id/dataset/BeePopulation2022",
        "https://data.gov.gr/id/dataset/BeePopulation2023", "https://data.gov.gr/id/datasetseries/BeePopulation"), ids(p));
    assertEquals(List.of("2023-06-01", "2022-03-20", "2023-03-21", "2023-06-01"),
        p.records().stream().map(RawRecord::datestamp).toList());
    assertEquals(List.of("/bees.jsonld"), new ArrayList<>(hits.keySet()));
  }

  /** Fetching off: a context missing from the cache fails the page, naming the file to create. */
  @Test
  void unknownRemoteContextFailsThePageWithoutBeingFetched() {
    serve("/ctx.jsonld", "application/ld+json", "{\"@context\": {\"title\": \"http://purl.org/dc/terms/title\"}}");
    serve("/remote.jsonld", "application/ld+json",
        "{\"@context\": \"" + base + "/ctx.jsonld\", \"@id\": \"http://ex.org/d\", \"title\": \"T\"}");
    HarvestException e = assertThrows(HarvestException.class, () -> first("/remote.jsonld"));
    assertTrue(e.getMessage().contains(base + "/ctx.jsonld is not bundled or cached, and is never fetched; to use it,"
        + " save it as " + TestContexts.fromFixtures().fileFor(base + "/ctx.jsonld")), e.getMessage());
    assertNull(hits.get("/ctx.jsonld"), "the context must not be requested");
  }

  /** Fetching on (the default): a missing context is fetched once for all the pages, and kept. */
  @Test
  void missingContextIsFetchedOnceWhenAllowed(@TempDir Path folder) throws Exception {
    serve("/ctx.jsonld", "application/ld+json", """
        {"@context": {"Dataset": "http://www.w3.org/ns/dcat#Dataset", "title": "http://purl.org/dc/terms/title"}}""");
    for (int n = 1; n <= 2; n++) {
      serve("/ctx-page" + n + ".jsonld", "application/ld+json", """
          {"@context": "%s/ctx.jsonld", "@id": "https://ex.org/ds/%d", "@type": "Dataset", "title": "T%d"}
          """.formatted(base, n, n));
    }
    ContextCache contexts = new ContextCache(folder, new ContextFetcher(true));
    DcatHarvester fetching = new DcatHarvester(contexts);
    for (int n = 1; n <= 2; n++) {
      Page p = fetching.page(source("/ctx-page" + n + ".jsonld", Map.of()), HarvestWindow.FULL, null, ctx);
      assertEquals(List.of("https://ex.org/ds/" + n), ids(p));
    }
    assertEquals(1, hits.get("/ctx.jsonld").get());
    assertTrue(Files.isRegularFile(contexts.fileFor(base + "/ctx.jsonld")));
  }

  /** The official DCAT-AP 3 context (cached, repaired when loaded) and the bundled Hydra context on a JSON-LD page. */
  @Test
  void jsonLdPageWithOfficialContextAndHydraPaging() throws Exception {
    serve("/ld?page=1", "application/json", """
        {"@context": ["https://semiceu.github.io/DCAT-AP/releases/3.0.0/context/dcat-ap.jsonld",
                      "http://www.w3.org/ns/hydra/context.jsonld"],
         "@graph": [
           {"@id": "https://ex.org/ds/1", "@type": "Dataset",
            "Dataset.title": [{"@value": "Sols", "@language": "fr"}],
            "Dataset.landingPage": ["https://ex.org/page/1"],
            "Dataset.modificationDate": "2024-05-01"},
           {"@id": "%s/ld?page=1", "@type": "PartialCollectionView", "next": "%s/ld?page=2"}]}
        """.formatted(base, base));
    Page p = first("/ld?page=1");
    assertEquals(List.of("https://ex.org/ds/1"), ids(p));
    assertEquals("https://ex.org/page/1", p.records().get(0).url());
    assertEquals("2024-05-01", p.records().get(0).datestamp());
    assertEquals(base + "/ld?page=2", p.nextCursor());
    assertEquals("Sols", new DcatMapper().map(p.records().get(0).payload()).title("fr"));
  }

  @Test
  void hydraPagesAreFollowedToTheEndInBothNamespaces() throws Exception {
    serve("/paged?page=1", "text/turtle", PREFIXES + """
        <https://ex.org/ds/1> a dcat:Dataset; dct:title "One" .
        <https://ex.org/ds/2> a dcat:Dataset; dct:title "Two" .
        <%s/paged?page=1> a hydra:PartialCollectionView; hydra:next <%s/paged?page=2>; hydra:last <%s/paged?page=3> .
        """.formatted(base, base, base));
    // ckanext-dcat style: the old namespace, PagedCollection, and the next page as a relative string
    serve("/paged?page=2", "text/turtle", PREFIXES + """
        <https://ex.org/ds/3> a dcat:Dataset; dct:title "Three" .
        <%s/paged?page=2> a oldhydra:PagedCollection; oldhydra:nextPage "paged?page=3" .
        """.formatted(base));
    serve("/paged?page=3", "text/turtle", PREFIXES + """
        <https://ex.org/ds/4> a dcat:Dataset; dct:title "Four" .
        <%s/paged?page=3> a hydra:PartialCollectionView; hydra:previous <%s/paged?page=2> .
        """.formatted(base, base));
    Source s = source("/paged?page=1", Map.of());
    List<String> cursors = new ArrayList<>();
    List<String> all = new ArrayList<>();
    Page p = harvester.page(s, HarvestWindow.FULL, null, ctx);
    all.addAll(ids(p));
    while (p.nextCursor() != null) {
      cursors.add(p.nextCursor());
      p = harvester.page(s, HarvestWindow.FULL, p.nextCursor(), ctx);
      all.addAll(ids(p));
    }
    assertEquals(List.of(base + "/paged?page=2", base + "/paged?page=3"), cursors);
    assertEquals(List.of("https://ex.org/ds/1", "https://ex.org/ds/2", "https://ex.org/ds/3", "https://ex.org/ds/4"), all);
  }

  @Test
  void pageNamingItselfAsNextIsALoop() {
    serve("/loop.ttl", "text/turtle", PREFIXES + """
        <https://ex.org/ds/1> a dcat:Dataset; dct:title "One" .
        <%s/loop.ttl> a hydra:PartialCollectionView; hydra:next <%s/loop.ttl> .
        """.formatted(base, base));
    HarvestException e = assertThrows(HarvestException.class, () -> first("/loop.ttl"));
    assertTrue(e.getMessage().startsWith("paging loop: page " + base + "/loop.ttl"), e.getMessage());
  }

  @Test
  void nextPageOnAnotherHostIsNotFollowed() {
    serve("/away.ttl", "text/turtle", PREFIXES + """
        <%s/away.ttl> a hydra:PartialCollectionView; hydra:next <http://elsewhere.invalid/catalog?page=2> .
        """.formatted(base));
    HarvestException e = assertThrows(HarvestException.class, () -> first("/away.ttl"));
    assertTrue(e.getMessage().contains("another host"), e.getMessage());
    assertThrows(HarvestException.class, () ->
        harvester.page(source("/away.ttl", Map.of()), HarvestWindow.FULL, "http://elsewhere.invalid/x", ctx));
  }

  @Test
  void blankNodeDatasetsAreIdentifiedByIdentifierOrHashOrFail() throws Exception {
    serve("/blank", "text/plain", PREFIXES + """
        [] a dcat:Dataset; dct:identifier "local-42"; dct:title "Has an identifier" .
        [] a dcat:Dataset; dct:title "Only a title" .
        [] a dcat:Dataset; dct:description "Nothing to name it" .
        """);
    // text/plain says nothing and the path has no extension: read as Turtle
    Page p = first("/blank");
    assertEquals(2, p.records().size());
    assertEquals("local-42", p.records().get(0).identifier());
    assertTrue(p.records().get(1).identifier().matches("sha256:[0-9a-f]{32}"), p.records().get(1).identifier());
    assertEquals(1, p.failures().size());
    assertTrue(p.failures().get(0).message().startsWith("dataset without identifier"), p.failures().get(0).message());
    assertEquals(p.records().get(1).identifier(), first("/blank").records().get(1).identifier(), "hash is stable");
  }

  @Test
  void formatSettingOverridesAWrongContentType() throws Exception {
    String turtle = PREFIXES + "<https://ex.org/ds/1> a dcat:Dataset; dct:title \"One\" .\n";
    serve("/wrong.json", "application/json", turtle);
    Page p = harvester.page(source("/wrong.json", Map.of("format", "turtle")), HarvestWindow.FULL, null, ctx);
    assertEquals(List.of("https://ex.org/ds/1"), ids(p));
    HarvestException e = assertThrows(HarvestException.class, () -> first("/wrong.json"));
    assertTrue(e.getMessage().startsWith("page " + base + "/wrong.json is not valid JSON-LD"), e.getMessage());
  }

  @Test
  void invalidUpstreamTurtleFailsThePageWithTheParserMessage() throws Exception {
    serveFixture("/series-api.ttl", "text/turtle", "dcat-ap/3.0.0/examples/example-bee-population-dataset-series-api.ttl");
    HarvestException e = assertThrows(HarvestException.class, () -> first("/series-api.ttl"));
    assertTrue(e.getMessage().contains("is not valid Turtle: line 20, column 31"), e.getMessage());
  }

  @Test
  void missingPageFails() {
    HarvestException e = assertThrows(HarvestException.class, () -> first("/nothing.ttl"));
    assertTrue(e.getMessage().contains("HTTP 404"), e.getMessage());
  }

  @Test
  void oversizedDescriptionIsAFailureNotARecord() throws Exception {
    serve("/big.ttl", "text/turtle", PREFIXES + """
        <https://ex.org/ds/1> a dcat:Dataset; dct:title "%s" .
        <https://ex.org/ds/2> a dcat:Dataset; dct:title "Small" .
        """.formatted("x".repeat(500)));
    Page p = harvester.page(source("/big.ttl", Map.of()), HarvestWindow.FULL, null, context(300));
    assertEquals(List.of("https://ex.org/ds/2"), ids(p));
    assertEquals("https://ex.org/ds/1", p.failures().get(0).identifier());
    assertTrue(p.failures().get(0).message().contains("over the limit of 300"), p.failures().get(0).message());
  }

  @Test
  void validateNamesTheBadSetting() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> harvester.validate(source("/x", Map.of("format", "csv"))));
    assertTrue(e.getMessage().startsWith("format:"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> harvester.validate(new Source(1, "t", "dcat", "ftp://ex.org/c.ttl", Map.of(), 1)));
    assertTrue(e.getMessage().startsWith("url:"), e.getMessage());
    harvester.validate(source("/x", Map.of("format", "JSON-LD")));
    assertEquals("dcat", harvester.id());
  }
}
