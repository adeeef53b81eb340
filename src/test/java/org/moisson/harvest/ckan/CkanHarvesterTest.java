package org.moisson.harvest.ckan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moisson.harvest.HarvestContext;
import org.moisson.harvest.HarvestException;
import org.moisson.harvest.HarvestHttp;
import org.moisson.harvest.HarvestWindow;
import org.moisson.harvest.Page;
import org.moisson.harvest.RawRecord;
import org.moisson.harvest.Source;
import org.moisson.mapping.GoldenFiles;
import org.moisson.mapping.Mappers;
import org.moisson.support.LocalHttpServer;
import org.moisson.support.LocalHttpServer.Reply;
import org.moisson.support.LocalHttpServer.Request;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * CkanHarvester against a package_search served on 127.0.0.1 from the real demo.ckan.org packages:
 * the server filters on metadata_modified, sorts and pages like CKAN, so paging and the incremental
 * filter are exercised, not only the request's text.
 */
class CkanHarvesterTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String IDS_IN_ORDER = "17be64bb-da74-4195-9bb8-565c39846af2,62513382-3b26-4bc8-9096-40b6ce8383c0,"
      + "9c3036b8-f6ac-4a4e-9036-5a3cc90c3900";

  private final CkanHarvester harvester = new CkanHarvester();
  private final HarvestContext ctx = new HarvestContext(new HarvestHttp(Duration.ofSeconds(5), 1, 50_000_000, Duration.ofMillis(50)), 50_000_000);
  private final List<ObjectNode> packages = new CopyOnWriteArrayList<>();
  private volatile Function<Request, Reply> override;
  private LocalHttpServer server;

  @BeforeEach
  void start() {
    JsonNode search = JSON.readTree(GoldenFiles.read(GoldenFiles.fixture("ckan/demo.ckan.org-2017/packages.json")));
    search.get("result").get("results").forEach(p -> packages.add((ObjectNode) p));
    server = new LocalHttpServer(req -> override != null ? override.apply(req) : packageSearch(req));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** package_search as CKAN answers it: fq on metadata_modified honoured, sorted, rows from start. */
  private Reply packageSearch(Request req) {
    if (!req.path().equals("/api/3/action/package_search")) return Reply.status(404);
    List<ObjectNode> matching = new ArrayList<>(packages);
    String fq = req.query().getOrDefault("fq", "");
    int since = fq.indexOf("metadata_modified:[");
    if (since >= 0) {
      String from = fq.substring(since + "metadata_modified:[".length(), fq.indexOf(" TO *]"));
      matching.removeIf(p -> Instant.parse(p.get("metadata_modified").asString() + "Z").isBefore(Instant.parse(from)));
    }
    matching.sort(Comparator.comparing((ObjectNode p) -> p.get("metadata_modified").asString()).thenComparing(p -> p.get("id").asString()));
    int start = Integer.parseInt(req.query().getOrDefault("start", "0"));
    int rows = Integer.parseInt(req.query().getOrDefault("rows", "10"));
    ArrayNode results = JSON.createArrayNode();
    matching.stream().skip(start).limit(rows).forEach(results::add);
    return json(200, answer(matching.size(), results));
  }

  private static ObjectNode answer(int count, ArrayNode results) {
    ObjectNode root = JSON.createObjectNode();
    root.put("help", "https://demo.ckan.org/api/3/action/help_show?name=package_search");
    root.put("success", true);
    ObjectNode result = root.putObject("result");
    result.put("count", count);
    result.set("results", results);
    return root;
  }

  private static Reply json(int status, JsonNode body) {
    return new Reply(status, "application/json;charset=utf-8", JSON.writeValueAsBytes(body), Map.of());
  }

  private Source source(String path, Map<String, String> settings) {
    return new Source(1, "demo", "ckan", server.url(path), settings, 1);
  }

  private List<Page> all(Source s, HarvestWindow window) throws HarvestException {
    List<Page> pages = new ArrayList<>();
    Page p = harvester.page(s, window, null, ctx);
    pages.add(p);
    while (p.nextCursor() != null) {
      p = harvester.page(s, window, p.nextCursor(), ctx);
      pages.add(p);
    }
    return pages;
  }

  private static List<String> ids(List<Page> pages) {
    return pages.stream().flatMap(p -> p.records().stream()).map(RawRecord::identifier).toList();
  }

  @Test
  void pagesOneByOneOldestFirstAndEveryRecordMaps() throws Exception {
    List<Page> pages = all(source("", Map.of("rows", "1")), HarvestWindow.FULL);
    assertEquals(List.of("1", "2"), pages.stream().map(Page::nextCursor).limit(2).toList());
    assertNull(pages.get(2).nextCursor());
    assertEquals(List.of(IDS_IN_ORDER.split(",")), ids(pages));
    RawRecord first = pages.get(0).records().get(0);
    assertEquals("ckan", first.format());
    assertEquals(server.url("/dataset/2016-regione-asia-est-oceania-classi-di-eta"), first.url());
    assertEquals("2017-07-05T19:29:07.136124", first.datestamp());
    for (Page p : pages) {
      for (RawRecord r : p.records()) assertFalse(Mappers.defaults().forFormat(r.format()).map(r.payload()).titles().isEmpty());
    }
    List<Request> requests = server.requests();
    assertEquals(List.of("0", "1", "2"), requests.stream().map(r -> r.query().get("start")).toList());
    requests.forEach(r -> assertEquals("1", r.query().get("rows")));
    assertTrue(requests.get(0).query().get("sort").startsWith("metadata_modified asc"), requests.get(0).query().toString());
    assertFalse(requests.get(0).query().containsKey("fq"), "no filter asked for");
  }

  @Test
  void theSiteMayBeGivenWithItsApiPathAndTheDefaultPageHoldsAll() throws Exception {
    List<Page> pages = all(source("/api/3/action/", Map.of()), HarvestWindow.FULL);
    assertEquals(1, pages.size());
    assertEquals(3, pages.get(0).records().size());
    assertEquals("100", server.requests().get(0).query().get("rows"));
    assertEquals(server.url("/dataset/100-validated-species-of-plants"), pages.get(0).records().get(1).url());
  }

  @Test
  void incrementalAddsTheModificationRangeToTheFilterQuery() throws Exception {
    Instant from = Instant.parse("2017-08-01T00:00:00.250Z");
    List<Page> pages = all(source("", Map.of("rows", "1", "fq", "organization:sdb OR tags:flower")), new HarvestWindow(from));
    assertEquals("(organization:sdb OR tags:flower) AND metadata_modified:[2017-08-01T00:00:00Z TO *]",
        server.requests().get(0).query().get("fq"));
    assertEquals(List.of("62513382-3b26-4bc8-9096-40b6ce8383c0", "9c3036b8-f6ac-4a4e-9036-5a3cc90c3900"), ids(pages));
    assertTrue(harvester.incremental());
  }

  @Test
  void successFalseIsAHarvestExceptionWithCkansMessage() {
    override = req -> json(409, JSON.readTree("""
        {"help": "…", "success": false, "error": {"__type": "Search Query Error",
         "message": "Search Query is invalid: \\"Invalid Lucene query\\""}}"""));
    HarvestException e = assertThrows(HarvestException.class, () -> harvester.page(source("", Map.of("fq", "organization:(")),
        HarvestWindow.FULL, null, ctx));
    assertTrue(e.getMessage().contains("Search Query Error: Search Query is invalid"), e.getMessage());

    override = req -> json(200, JSON.readTree("{\"success\": false, \"error\": {\"message\": \"Access denied\", \"__type\": \"Authorization Error\"}}"));
    e = assertThrows(HarvestException.class, () -> harvester.page(source("", Map.of()), HarvestWindow.FULL, null, ctx));
    assertTrue(e.getMessage().contains("Authorization Error: Access denied"), e.getMessage());
  }

  @Test
  void anEmptyPageBeforeTheCountEndsTheList() throws Exception {
    override = req -> json(200, answer(10, "0".equals(req.query().get("start"))
        ? JSON.createArrayNode().add(packages.get(0)) : JSON.createArrayNode()));
    Source s = source("", Map.of("rows", "1"));
    Page first = harvester.page(s, HarvestWindow.FULL, null, ctx);
    assertEquals("1", first.nextCursor());
    Page second = harvester.page(s, HarvestWindow.FULL, first.nextCursor(), ctx);
    assertTrue(second.records().isEmpty());
    assertNull(second.nextCursor());
  }

  @Test
  void theCountMayChangeDuringARun() throws Exception {
    Source s = source("", Map.of("rows", "1"));
    Page first = harvester.page(s, HarvestWindow.FULL, null, ctx);
    packages.removeIf(p -> p.get("id").asString().startsWith("9c3036b8"));
    Page second = harvester.page(s, HarvestWindow.FULL, first.nextCursor(), ctx);
    assertEquals(List.of("62513382-3b26-4bc8-9096-40b6ce8383c0"), second.records().stream().map(RawRecord::identifier).toList());
    assertNull(second.nextCursor(), "two packages left: the list ends after the second");
  }

  /** The harvester passes a repeated page on; the pipeline's page signatures catch a loop. */
  @Test
  void aRepeatedPageIsPassedOnForThePipelineToJudge() throws Exception {
    override = req -> json(200, answer(3, JSON.createArrayNode().add(packages.get(0))));
    Source s = source("", Map.of("rows", "1"));
    Page first = harvester.page(s, HarvestWindow.FULL, null, ctx);
    Page second = harvester.page(s, HarvestWindow.FULL, first.nextCursor(), ctx);
    assertEquals(ids(List.of(first)), ids(List.of(second)));
    assertEquals("2", second.nextCursor());
  }

  @Test
  void packagesWithoutIdFailDeletedOnesAreDeletionsAndCountersAreDropped() throws Exception {
    ObjectNode noId = packages.get(0).deepCopy();
    noId.remove("id");
    ObjectNode deleted = packages.get(1).deepCopy();
    deleted.put("state", "deleted");
    ObjectNode tracked = packages.get(2).deepCopy();
    tracked.putObject("tracking_summary").put("total", 12).put("recent", 3);
    ((ObjectNode) tracked.get("resources").get(0)).putObject("tracking_summary").put("total", 4);
    override = req -> json(200, answer(4, JSON.createArrayNode().add(noId).add(deleted).add(tracked).add("not a package")));
    Page p = harvester.page(source("", Map.of()), HarvestWindow.FULL, null, ctx);
    assertEquals(2, p.failures().size());
    assertEquals("100-validated-species-of-plants", p.failures().get(0).identifier());
    assertTrue(p.failures().get(0).message().contains("without id"));
    RawRecord gone = p.records().get(0);
    assertTrue(gone.deleted());
    assertEquals("9c3036b8-f6ac-4a4e-9036-5a3cc90c3900", gone.identifier());
    assertFalse(p.records().get(1).payload().contains("tracking_summary"));
    assertNull(p.nextCursor());
  }

  @Test
  void unreadablePagesAndServerErrorsFailThePage() {
    override = req -> new Reply(200, "text/html", "<html>maintenance</html>".getBytes(StandardCharsets.UTF_8), Map.of());
    assertTrue(assertThrows(HarvestException.class, () -> harvester.page(source("", Map.of()), HarvestWindow.FULL, null, ctx))
        .getMessage().contains("not JSON"));
    override = req -> Reply.status(503);
    assertTrue(assertThrows(HarvestException.class, () -> harvester.page(source("", Map.of()), HarvestWindow.FULL, null, ctx))
        .getMessage().contains("HTTP 503"));
    override = req -> new Reply(404, "text/html", "<html>no</html>".getBytes(StandardCharsets.UTF_8), Map.of());
    assertTrue(assertThrows(HarvestException.class, () -> harvester.page(source("", Map.of()), HarvestWindow.FULL, null, ctx))
        .getMessage().contains("HTTP 404"));
    assertThrows(HarvestException.class, () -> harvester.page(source("", Map.of()), HarvestWindow.FULL, "page-two", ctx));
  }

  @Test
  void settingsAreChecked() {
    assertThrows(IllegalArgumentException.class, () -> harvester.validate(source("", Map.of("rows", "0"))));
    assertThrows(IllegalArgumentException.class, () -> harvester.validate(source("", Map.of("rows", "5000"))));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> harvester.validate(source("", Map.of("rows", "many"))));
    assertTrue(e.getMessage().startsWith("rows"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> harvester.validate(new Source(1, "x", "ckan", "ftp://x.org", Map.of(), 1)));
    assertEquals("https://data.example.org/portal", CkanConfig.site("https://data.example.org/portal/api/3/action/package_search"));
  }
}
