package org.moisson.harvest.datacite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.moisson.record.Dataset;
import org.moisson.support.LocalHttpServer;
import org.moisson.support.LocalHttpServer.Reply;
import org.moisson.support.LocalHttpServer.Request;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * DataCiteHarvester against a /dois endpoint on 127.0.0.1 serving the kernel-4.3 JSON examples
 * wrapped as REST API items, over a three-page cursor chain.
 */
class DataCiteHarvesterTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String EXAMPLES = "datacite-dataverse/datacite/json-kernel-4.3/example/";
  private static final List<List<String>> PAGES = List.of(
      List.of("datacite-example-dataset-v4", "datacite-example-GeoLocation-v4"),
      List.of("datacite-example-polygon-v4", "datacite-example-software-v4"),
      List.of("datacite-example-full-v4"));

  private final DataCiteHarvester harvester = new DataCiteHarvester();
  private final HarvestContext ctx = new HarvestContext(new HarvestHttp(Duration.ofSeconds(5), 1, 50_000_000, Duration.ofMillis(50)), 50_000_000);
  private volatile Function<Request, Reply> override;
  private LocalHttpServer server;

  @BeforeEach
  void start() {
    server = new LocalHttpServer(req -> override != null ? override.apply(req) : dois(req));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** A REST API item: the example as attributes, with what the API adds around the metadata. */
  static ObjectNode item(String example, String updated) {
    ObjectNode attributes = (ObjectNode) JSON.readTree(GoldenFiles.read(GoldenFiles.fixture(EXAMPLES + example + ".json")));
    attributes.put("updated", updated);
    attributes.put("viewCount", 42);
    attributes.put("citationCount", 3);
    attributes.putObject("landingPage").put("checked", "2024-06-01T00:00:00Z");
    ObjectNode item = JSON.createObjectNode();
    item.put("id", attributes.get("doi").asString().toLowerCase());
    item.put("type", "dois");
    item.set("attributes", attributes);
    item.putObject("relationships").putObject("client").putObject("data").put("id", "test.client");
    return item;
  }

  private static Reply page(List<ObjectNode> items, String next) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode data = root.putArray("data");
    items.forEach(data::add);
    root.putObject("meta").put("total", 5);
    ObjectNode links = root.putObject("links");
    links.put("self", "ignored");
    if (next != null) links.put("next", next);
    return json(200, root);
  }

  private static Reply json(int status, JsonNode body) {
    return new Reply(status, "application/vnd.api+json; charset=utf-8", JSON.writeValueAsBytes(body), Map.of());
  }

  /** page[cursor]=1, then c2 (next link without the shape parameters), then c3 (brackets left raw). */
  private Reply dois(Request req) {
    if (!req.path().equals("/dois")) return Reply.status(404);
    String cursor = req.query().get("page[cursor]");
    if ("expired".equals(cursor)) {
      return json(400, JSON.readTree("{\"errors\":[{\"status\":\"400\",\"title\":\"The cursor has expired or is invalid\"}]}"));
    }
    int n = cursor == null ? -1 : cursor.equals("1") ? 0 : cursor.equals("c2") ? 1 : cursor.equals("c3") ? 2 : -1;
    if (n < 0) return Reply.status(400);
    List<ObjectNode> items = PAGES.get(n).stream().map(e -> item(e, "2024-0" + (n + 1) + "-15T08:00:00Z")).toList();
    String next = switch (n) {
      case 0 -> server.url("/dois?page%5Bcursor%5D=c2&page%5Bsize%5D=2");
      case 1 -> server.url("/dois?page[cursor]=c3&page[size]=2&affiliation=true&publisher=true");
      default -> null;
    };
    return page(items, next);
  }

  private Source source(Map<String, String> settings) {
    return new Source(1, "DataCite", "datacite", server.url(""), settings, 1);
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

  @Test
  void followsTheCursorChainAndEveryRecordMapsAsTheExampleDoes() throws Exception {
    List<Page> pages = all(source(Map.of("pageSize", "2", "clientId", "test.client")), HarvestWindow.FULL);
    assertEquals(3, pages.size());
    List<RawRecord> records = pages.stream().flatMap(p -> p.records().stream()).toList();
    assertEquals(List.of("10.5072/d3p26q35r-test", "10.5072/geopointexample", "10.5072/example-polygon",
        "10.5072/example-software-2.0", "10.5072/example-full"), records.stream().map(RawRecord::identifier).toList());
    RawRecord first = records.get(0);
    assertEquals("datacite-json", first.format());
    assertEquals("https://doi.org/10.5072/d3p26q35r-test", first.url());
    assertEquals("2024-01-15T08:00:00Z", first.datestamp());
    for (int i = 0; i < records.size(); i++) {
      String example = PAGES.stream().flatMap(List::stream).toList().get(i);
      Dataset direct = Mappers.defaults().forFormat("datacite-json").map(GoldenFiles.read(GoldenFiles.fixture(EXAMPLES + example + ".json")));
      assertEquals(direct, Mappers.defaults().forFormat(records.get(i).format()).map(records.get(i).payload()), example);
    }
    Map<String, String> q = server.requests().get(0).query();
    assertEquals("1", q.get("page[cursor]"));
    assertEquals("2", q.get("page[size]"));
    assertEquals("test.client", q.get("client-id"));
    assertEquals("true", q.get("affiliation"));
    assertEquals("true", q.get("publisher"));
    assertFalse(q.containsKey("query"));
    // The next link lacked the shape parameters: they were put back, so every payload has one shape.
    assertEquals("true", server.requests().get(1).query().get("affiliation"));
    assertEquals("c3", server.requests().get(2).query().get("page[cursor]"));
    assertTrue(pages.get(1).nextCursor().contains("page%5Bcursor%5D=c3"), pages.get(1).nextCursor());
  }

  @Test
  void payloadsLeaveOutCountersAndRelationships() throws Exception {
    RawRecord r = harvester.page(source(Map.of()), HarvestWindow.FULL, null, ctx).records().get(0);
    JsonNode payload = JSON.readTree(r.payload());
    assertFalse(payload.has("relationships"));
    assertFalse(payload.get("attributes").has("viewCount"));
    assertFalse(payload.get("attributes").has("citationCount"));
    assertFalse(payload.get("attributes").has("landingPage"));
    assertTrue(payload.get("attributes").has("titles"));
  }

  @Test
  void incrementalAndsTheUpdatedRangeToTheQuery() throws Exception {
    harvester.page(source(Map.of("query", "subjects.subject:soil", "affiliation", "https://ror.org/02feahw73")),
        new HarvestWindow(Instant.parse("2024-03-01T10:20:30.400Z")), null, ctx);
    assertEquals("(subjects.subject:soil) AND (creators.affiliation.affiliationIdentifier:\"https://ror.org/02feahw73\""
        + " OR contributors.affiliation.affiliationIdentifier:\"https://ror.org/02feahw73\") AND (updated:[2024-03-01T10:20:30Z TO *])",
        server.requests().get(0).query().get("query"));
    assertTrue(harvester.incremental());
  }

  @Test
  void queryShorthandsAffiliationNamesAndPublisher() throws Exception {
    harvester.page(source(Map.of("query", "client-id:inist.sshade")), HarvestWindow.FULL, null, ctx);
    Map<String, String> q = server.requests().get(0).query();
    assertEquals("inist.sshade", q.get("client-id"));
    assertFalse(q.containsKey("query"), "client-id:x alone is the filter it names");
    harvester.page(source(Map.of("providerId", "inist", "affiliation", "Université \"Grenoble\"", "publisher", "SSHADE")),
        HarvestWindow.FULL, null, ctx);
    q = server.requests().get(1).query();
    assertEquals("inist", q.get("provider-id"));
    assertEquals("(creators.affiliation.name:\"Université \\\"Grenoble\\\"\" OR contributors.affiliation.name:\"Université \\\"Grenoble\\\"\")"
        + " AND (publisher:\"SSHADE\" OR publisher.name:\"SSHADE\")", q.get("query"));
  }

  @Test
  void anExpiredCursorIsAHarvestException() {
    String cursor = server.url("/dois?page%5Bcursor%5D=expired&page%5Bsize%5D=2&affiliation=true&publisher=true");
    HarvestException e = assertThrows(HarvestException.class, () -> harvester.page(source(Map.of()), HarvestWindow.FULL, cursor, ctx));
    assertTrue(e.getMessage().contains("refused the cursor"), e.getMessage());
    assertTrue(e.getMessage().contains("The cursor has expired or is invalid"), e.getMessage());
  }

  @Test
  void aNextLinkToAnotherHostIsRefusedNotFollowed() {
    override = req -> page(List.of(item("datacite-example-video-v4", "2024-01-01T00:00:00Z")),
        "https://api.example.org/dois?page%5Bcursor%5D=c2");
    HarvestException e = assertThrows(HarvestException.class, () -> harvester.page(source(Map.of()), HarvestWindow.FULL, null, ctx));
    assertTrue(e.getMessage().contains("another host"), e.getMessage());
    override = req -> page(List.of(item("datacite-example-video-v4", "2024-01-01T00:00:00Z")),
        server.url("/dois").replace("127.0.0.1", "localhost"));
    assertThrows(HarvestException.class, () -> harvester.page(source(Map.of()), HarvestWindow.FULL, null, ctx));
    assertThrows(HarvestException.class, () -> harvester.page(source(Map.of()), HarvestWindow.FULL, "https://api.example.org/dois?x=1", ctx),
        "a stored cursor is checked too");
  }

  @Test
  void aPageNamingItselfIsALoopAndAnEmptyPageEndsTheList() throws Exception {
    String self = server.url("/dois?page%5Bcursor%5D=same&affiliation=true&publisher=true");
    override = req -> page(List.of(item("datacite-example-video-v4", "2024-01-01T00:00:00Z")), self);
    HarvestException e = assertThrows(HarvestException.class, () -> harvester.page(source(Map.of()), HarvestWindow.FULL, self, ctx));
    assertTrue(e.getMessage().contains("loop"), e.getMessage());
    override = req -> page(List.of(), server.url("/dois?page%5Bcursor%5D=more"));
    assertNull(harvester.page(source(Map.of()), HarvestWindow.FULL, null, ctx).nextCursor());
  }

  @Test
  void aDoiNoLongerFindableIsADeletionAndAnItemWithoutDoiAFailure() throws Exception {
    ObjectNode registered = item("datacite-example-video-v4", "2024-02-02T00:00:00Z");
    ((ObjectNode) registered.get("attributes")).put("state", "registered");
    ObjectNode noDoi = item("datacite-example-workflow-v4", "2024-02-02T00:00:00Z");
    noDoi.remove("id");
    ((ObjectNode) noDoi.get("attributes")).remove("doi");
    override = req -> page(List.of(registered, noDoi), null);
    Page p = harvester.page(source(Map.of()), HarvestWindow.FULL, null, ctx);
    assertEquals(1, p.records().size());
    assertTrue(p.records().get(0).deleted());
    assertEquals("10.5072/1153992", p.records().get(0).identifier());
    assertEquals(1, p.failures().size());
    assertTrue(p.failures().get(0).message().contains("without a DOI"));
  }

  @Test
  void answersThatAreNoDoiListFailThePage() {
    override = req -> json(200, JSON.readTree("{\"errors\":[{\"status\":\"400\",\"title\":\"Invalid query\"}]}"));
    assertTrue(assertThrows(HarvestException.class, () -> harvester.page(source(Map.of()), HarvestWindow.FULL, null, ctx))
        .getMessage().contains("Invalid query"));
    override = req -> json(200, JSON.readTree("{\"data\": {\"id\": \"10.5072/x\"}}"));
    assertTrue(assertThrows(HarvestException.class, () -> harvester.page(source(Map.of()), HarvestWindow.FULL, null, ctx))
        .getMessage().contains("no data list"));
    override = req -> json(400, JSON.readTree("{\"errors\":[{\"status\":\"400\",\"title\":\"Unknown field\"}]}"));
    HarvestException e = assertThrows(HarvestException.class, () -> harvester.page(source(Map.of("query", "x:(")), HarvestWindow.FULL, null, ctx));
    assertTrue(e.getMessage().contains("HTTP 400 (Unknown field)"), e.getMessage());
  }

  @Test
  void settingsAreChecked() {
    assertThrows(IllegalArgumentException.class, () -> harvester.validate(source(Map.of("pageSize", "0"))));
    assertThrows(IllegalArgumentException.class, () -> harvester.validate(source(Map.of("pageSize", "1001"))));
    assertThrows(IllegalArgumentException.class, () -> harvester.validate(new Source(1, "x", "datacite", "file:///dois", Map.of(), 1)));
    assertThrows(IllegalArgumentException.class,
        () -> harvester.validate(new Source(1, "x", "datacite", "https://api.datacite.org/dois?client-id=x", Map.of(), 1)));
    assertEquals("https://api.datacite.org/dois", DataCiteConfig.dois("https://api.datacite.org/").toString());
    assertEquals("https://api.datacite.org/dois", DataCiteConfig.dois("https://api.datacite.org/dois/").toString());
  }
}
