package org.moisson.harvest.dataverse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
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
 * DataverseHarvester against a local Dataverse: search pages built from the real export sets'
 * identifiers, native API answers made of their datasetJson.json (the export's datasetVersion is
 * the API's latestVersion), and one dataset the search lists but the native API no longer has.
 */
class DataverseHarvesterTest {
  static final JsonMapper JSON = JsonMapper.builder().build();
  static final String MAX = "doi:10.5072/FK2/VQTYHD";
  static final String MINIMAL = "doi:10.5072/FK2/4C0JYC";
  static final String GONE = "doi:10.5072/FK2/GONE00";

  private final DataverseHarvester harvester = new DataverseHarvester();
  private final HarvestContext ctx = new HarvestContext(
      new HarvestHttp(Duration.ofSeconds(5), 1, 10_000_000, Duration.ofMillis(20)), 1_000_000);
  private final Map<String, String> nativeAnswers = new ConcurrentHashMap<>();
  private LocalHttpServer server;

  @AfterEach
  void stop() {
    if (server != null) server.close();
  }

  /** The native API's answer for a dataset, made of an export set's datasetJson.json. */
  static String nativeAnswer(String set) {
    ObjectNode ds = (ObjectNode) JSON.readTree(GoldenFiles.read(
        GoldenFiles.fixture("datacite-dataverse/dataverse/" + set + "/datasetJson.json")));
    ds.set("latestVersion", ds.remove("datasetVersion"));
    ObjectNode root = JSON.createObjectNode().put("status", "OK");
    root.set("data", ds);
    return JSON.writeValueAsString(root);
  }

  /** A Search API page over the given persistent ids, as Dataverse writes it. */
  static String searchPage(List<String> all, int start, int perPage) {
    ObjectNode data = JSON.createObjectNode().put("q", "*").put("total_count", all.size()).put("start", start);
    ArrayNode items = data.putArray("items");
    for (String pid : all.subList(Math.min(start, all.size()), Math.min(all.size(), start + perPage))) {
      items.addObject().put("name", "Dataset " + pid).put("type", "dataset").put("global_id", pid)
          .put("url", "https://doi.org/" + pid.substring(4)).put("published_at", "2024-05-01T14:27:17Z");
    }
    data.put("count_in_response", items.size());
    ObjectNode root = JSON.createObjectNode().put("status", "OK");
    root.set("data", data);
    return JSON.writeValueAsString(root);
  }

  private Source serve(List<String> listed, Map<String, String> settings, Function<Request, Reply> extra) {
    nativeAnswers.put(MAX, nativeAnswer("export-set-max"));
    nativeAnswers.put(MINIMAL, nativeAnswer("export-set-minimal"));
    server = new LocalHttpServer(req -> {
      Reply r = extra == null ? null : extra.apply(req);
      if (r != null) return r;
      if (req.path().equals("/api/search")) {
        return Reply.json(searchPage(listed, Integer.parseInt(req.query().get("start")),
            Integer.parseInt(req.query().get("per_page"))));
      }
      if (req.path().equals("/api/datasets/:persistentId/")) {
        String body = nativeAnswers.get(req.query().get("persistentId"));
        return body == null ? new Reply(404, "application/json",
            "{\"status\":\"ERROR\",\"message\":\"Dataset with Persistent ID not found.\"}".getBytes(), Map.of())
            : Reply.json(body);
      }
      return Reply.status(404);
    });
    return new Source(1, "local dataverse", "dataverse", server.url("/"), settings, 100);
  }

  private List<Page> all(Source source) throws HarvestException {
    List<Page> pages = new ArrayList<>();
    Page p = harvester.page(source, HarvestWindow.FULL, null, ctx);
    pages.add(p);
    while (p.nextCursor() != null) {
      p = harvester.page(source, HarvestWindow.FULL, p.nextCursor(), ctx);
      pages.add(p);
    }
    return pages;
  }

  @Test
  void pagesThroughTheSearchFetchesEachDatasetAndReportsTheOneTheApiLacks() throws Exception {
    Source source = serve(List.of(MAX, MINIMAL, GONE),
        Map.of("pageSize", "2", "subtree", "root", "apiToken", "s3cr3t-token"), null);
    List<Page> pages = all(source);

    assertThat(pages).hasSize(2);
    assertThat(pages.get(0).nextCursor()).isEqualTo("2");
    List<RawRecord> records = pages.stream().flatMap(p -> p.records().stream()).toList();
    assertThat(records).extracting(RawRecord::identifier).containsExactly(MAX, MINIMAL);
    assertThat(records).allSatisfy(r -> assertThat(r.format()).isEqualTo("dataverse-json"));
    assertThat(records.get(0).url()).isEqualTo(server.url("/api/datasets/:persistentId/?persistentId=doi%3A10.5072%2FFK2%2FVQTYHD"));
    assertThat(records.get(0).datestamp()).isEqualTo("2025-05-21T19:25:29Z");
    Dataset max = Mappers.defaults().forFormat("dataverse-json").map(records.get(0).payload());
    assertThat(max.title(null)).isEqualTo("Max Schema.org");
    assertThat(max.doi()).isEqualTo("10.5072/fk2/vqtyhd");

    assertThat(pages.get(0).failures()).isEmpty();
    assertThat(pages.get(1).failures()).singleElement().satisfies(f -> {
      assertThat(f.identifier()).isEqualTo(GONE);
      assertThat(f.url()).contains("/api/datasets/:persistentId/?persistentId=doi%3A10.5072%2FFK2%2FGONE00");
      assertThat(f.message()).contains("HTTP 404");
    });

    List<Request> searches = server.requests().stream().filter(r -> r.path().equals("/api/search")).toList();
    assertThat(searches).extracting(r -> r.query().get("start")).containsExactly("0", "2");
    assertThat(searches.get(0).query()).containsEntry("q", "*").containsEntry("type", "dataset")
        .containsEntry("per_page", "2").containsEntry("sort", "date").containsEntry("order", "asc")
        .containsEntry("subtree", "root").containsEntry("fq", "-metadataSource:\"Harvested\"");
    assertThat(server.requests()).hasSize(5).allSatisfy(r -> {
      assertThat(r.header("X-Dataverse-key")).isEqualTo("s3cr3t-token");
      assertThat(r.query().values()).noneMatch(v -> v.contains("s3cr3t"));
    });
  }

  @Test
  void withoutATokenNoKeyHeaderIsSent() throws Exception {
    Source source = serve(List.of(MINIMAL), Map.of(), null);
    Page p = harvester.page(source, HarvestWindow.FULL, null, ctx);
    assertThat(p.records()).hasSize(1);
    assertThat(p.nextCursor()).isNull();
    assertThat(server.requests()).allSatisfy(r -> assertThat(r.header("X-Dataverse-key")).isNull());
    assertThat(server.requests().get(0).query()).containsEntry("per_page", "100").doesNotContainKey("subtree");
  }

  @Test
  void aServerErrorOnOneDatasetFailsThePageInsteadOfLosingIt() {
    Source source = serve(List.of(MAX, MINIMAL), Map.of(), req ->
        MINIMAL.equals(req.query().get("persistentId")) ? Reply.status(503) : null);
    assertThatThrownBy(() -> harvester.page(source, HarvestWindow.FULL, null, ctx))
        .isInstanceOf(HarvestException.class).hasMessageContaining("HTTP 503");
  }

  @Test
  void aDraftSeenThroughATokenIsReplacedByItsLatestPublishedVersion() throws Exception {
    ObjectNode draft = (ObjectNode) JSON.readTree(nativeAnswer("export-set-max"));
    ObjectNode latest = (ObjectNode) draft.path("data").path("latestVersion");
    JsonNode published = latest.deepCopy();
    latest.put("versionState", "DRAFT");
    ((ObjectNode) latest.path("metadataBlocks").path("citation").path("fields").get(0)).put("value", "Work in progress");
    Source source = serve(List.of(MAX, MINIMAL), Map.of("apiToken", "t"), req -> {
      if (req.path().endsWith("/versions/:latest-published")) {
        if (MAX.equals(req.query().get("persistentId"))) {
          ObjectNode answer = JSON.createObjectNode().put("status", "OK");
          answer.set("data", published);
          return Reply.json(JSON.writeValueAsString(answer));
        }
        return Reply.status(404);
      }
      return null;
    });
    nativeAnswers.put(MAX, JSON.writeValueAsString(draft));
    String minimalDraft = nativeAnswer("export-set-minimal").replace("\"RELEASED\"", "\"DRAFT\"");
    nativeAnswers.put(MINIMAL, minimalDraft);
    Page p = harvester.page(source, HarvestWindow.FULL, null, ctx);
    assertThat(p.records()).singleElement().satisfies(r ->
        assertThat(Mappers.defaults().forFormat("dataverse-json").map(r.payload()).title(null)).isEqualTo("Max Schema.org"));
    assertThat(p.failures()).singleElement().satisfies(f -> assertThat(f.message()).contains("only a draft"));
  }

  @Test
  void aDeaccessionedDatasetIsADeletion() throws Exception {
    Source source = serve(List.of(MINIMAL), Map.of(), null);
    nativeAnswers.put(MINIMAL, nativeAnswer("export-set-minimal").replace("\"RELEASED\"", "\"DEACCESSIONED\""));
    Page p = harvester.page(source, HarvestWindow.FULL, null, ctx);
    assertThat(p.records()).singleElement().satisfies(r -> {
      assertThat(r.deleted()).isTrue();
      assertThat(r.identifier()).isEqualTo(MINIMAL);
    });
  }

  @Test
  void aSearchAnswerThatIsNoSearchFailsThePage() {
    Source source = serve(List.of(), Map.of(), req -> Reply.json("{\"status\":\"ERROR\",\"message\":\"Solr is down\"}"));
    assertThatThrownBy(() -> harvester.page(source, HarvestWindow.FULL, null, ctx))
        .isInstanceOf(HarvestException.class).hasMessageContaining("Solr is down");
    assertThatThrownBy(() -> harvester.page(source, HarvestWindow.FULL, "next please", ctx))
        .isInstanceOf(HarvestException.class).hasMessageContaining("not a search offset");
  }

  @Test
  void settingsAreCheckedWhenTheSourceIsCreated() {
    assertThat(harvester.incremental()).isFalse();
    assertThatThrownBy(() -> harvester.validate(new Source(1, "x", "dataverse", "https://dv.example.org",
        Map.of("pageSize", "5000"), 1))).hasMessageContaining("pageSize");
    assertThatThrownBy(() -> harvester.validate(new Source(1, "x", "dataverse", "https://dv.example.org/dataverse/inrae",
        Map.of(), 1))).hasMessageContaining("subtree");
    assertThatThrownBy(() -> harvester.validate(new Source(1, "x", "dataverse", "ftp://dv.example.org",
        Map.of(), 1))).hasMessageContaining("url");
    DataverseConfig c = DataverseConfig.of(new Source(1, "x", "dataverse", "https://dv.example.org/",
        Map.of("apiToken", "abc-secret", "subtree", "a, b"), 1));
    assertThat(c.toString()).doesNotContain("abc-secret");
    assertThat(c.searchUrl(0).toString()).startsWith("https://dv.example.org/api/search?q=*")
        .contains("&subtree=a&subtree=b");
  }
}
