package org.moisson.harvest.ckan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.moisson.mapping.GoldenFiles;
import org.moisson.support.AppTest;
import org.moisson.support.LocalHttpServer;
import org.moisson.support.LocalHttpServer.Reply;
import org.moisson.support.LocalHttpServer.Request;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A CKAN portal on 127.0.0.1 serving the real demo.ckan.org packages, harvested through the admin
 * API to the search API: paging, a re-run all unchanged, an incremental run catching an edit, and
 * a full run deleting a package the portal dropped.
 */
class CkanEndToEndTest extends AppTest {
  private final List<ObjectNode> packages = new CopyOnWriteArrayList<>();

  private Reply packageSearch(Request req) {
    List<ObjectNode> matching = new ArrayList<>(packages);
    String fq = req.query().getOrDefault("fq", "");
    int since = fq.indexOf("metadata_modified:[");
    if (since >= 0) {
      Instant from = Instant.parse(fq.substring(since + "metadata_modified:[".length(), fq.indexOf(" TO *]")));
      matching.removeIf(p -> Instant.parse(p.get("metadata_modified").asString() + "Z").isBefore(from));
    }
    matching.sort(Comparator.comparing((ObjectNode p) -> p.get("metadata_modified").asString()));
    int start = Integer.parseInt(req.query().getOrDefault("start", "0"));
    int rows = Integer.parseInt(req.query().getOrDefault("rows", "10"));
    ObjectNode root = JSON.createObjectNode().put("success", true);
    ObjectNode result = root.putObject("result").put("count", matching.size());
    ArrayNode results = result.putArray("results");
    matching.stream().skip(start).limit(rows).forEach(results::add);
    return new Reply(200, "application/json", JSON.writeValueAsBytes(root), Map.of());
  }

  private JsonNode bySource(String name) {
    return get("/api/v1/datasets?size=100&source=" + URLEncoder.encode(name, StandardCharsets.UTF_8)).json();
  }

  @Test
  void harvestsARealCkanPortalThroughThePipeline() {
    JsonNode search = JSON.readTree(GoldenFiles.read(GoldenFiles.fixture("ckan/demo.ckan.org-2017/packages.json")));
    search.get("result").get("results").forEach(p -> packages.add((ObjectNode) p.deepCopy()));
    try (LocalHttpServer ckan = new LocalHttpServer(this::packageSearch)) {
      String name = "CKAN portal " + UUID.randomUUID();
      long source = createSource("""
          {"name":"%s","protocol":"ckan","url":"%s","rows":"2"}""".formatted(name, ckan.url("/")));

      JsonNode first = harvest(source, false);
      assertThat(first.get("status").asString()).as(first.toString()).isEqualTo("SUCCEEDED");
      assertThat(first.get("created").asInt()).isEqualTo(3);
      assertThat(first.get("pages").asInt()).isEqualTo(2);
      JsonNode found = bySource(name);
      assertThat(found.get("total").asLong()).isEqualTo(3);
      assertThat(found.get("items").valueStream().map(i -> i.get("title").asString()).toList())
          .contains("100 Validated Species of Plants", "規管海外物業銷售", "2016 Regione Asia Est Oceania * Classi di età");

      JsonNode again = harvest(source, true);
      assertThat(again.get("unchanged").asInt()).as(again.toString()).isEqualTo(3);
      assertThat(again.get("created").asInt() + again.get("updated").asInt() + again.get("deleted").asInt()).isZero();

      // An edit on the portal moves metadata_modified: the incremental run asks for it alone.
      sleep(1100);
      ObjectNode edited = packages.stream().filter(p -> p.get("name").asString().startsWith("100-")).findFirst().orElseThrow();
      edited.put("title", "101 Validated Species of Plants");
      edited.put("metadata_modified", DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(Instant.now().plusSeconds(5).atOffset(ZoneOffset.UTC)));
      JsonNode incremental = harvest(source, false);
      assertThat(incremental.get("incremental").asBoolean()).isTrue();
      assertThat(incremental.get("updated").asInt()).as(incremental.toString()).isEqualTo(1);
      assertThat(incremental.get("unchanged").asInt()).isZero();
      assertThat(ckan.requests().get(ckan.requests().size() - 1).query().get("fq")).startsWith("metadata_modified:[");

      packages.removeIf(p -> p.get("name").asString().startsWith("1617in10"));
      JsonNode full = harvest(source, true);
      assertThat(full.get("deleted").asInt()).as(full.toString()).isEqualTo(1);
      assertThat(full.get("unchanged").asInt()).isEqualTo(2);
      JsonNode after = bySource(name);
      assertThat(after.get("total").asLong()).isEqualTo(2);
      assertThat(after.get("items").valueStream().map(i -> i.get("title").asString()).toList())
          .contains("101 Validated Species of Plants").doesNotContain("規管海外物業銷售");
    }
  }

  @Test
  void aCkanErrorFailsTheRunWithItsMessage() {
    try (LocalHttpServer ckan = new LocalHttpServer(req -> new Reply(409, "application/json",
        "{\"success\": false, \"error\": {\"__type\": \"Search Query Error\", \"message\": \"Search Query is invalid\"}}"
            .getBytes(StandardCharsets.UTF_8), Map.of()))) {
      long source = createSource("""
          {"name":"broken CKAN %s","protocol":"ckan","url":"%s","fq":"organization:("}""".formatted(UUID.randomUUID(), ckan.url("")));
      JsonNode run = harvest(source, false);
      assertThat(run.get("status").asString()).isEqualTo("FAILED");
      assertThat(run.toString()).contains("Search Query is invalid");
    }
    Answer bad = adminPost("/api/v1/sources", "{\"name\":\"x\",\"protocol\":\"ckan\",\"url\":\"https://ckan.example.org\",\"rows\":\"0\"}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("message").asString()).contains("rows");
  }
}
