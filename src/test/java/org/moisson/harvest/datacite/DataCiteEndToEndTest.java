package org.moisson.harvest.datacite;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.moisson.support.AppTest;
import org.moisson.support.LocalHttpServer;
import org.moisson.support.LocalHttpServer.Reply;
import org.moisson.support.LocalHttpServer.Request;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The DataCite REST API played on 127.0.0.1 with the kernel-4.3 JSON examples, harvested through
 * the admin API: cursor paging, a re-run all unchanged, an incremental run that sees a DOI leave
 * the findable state, and a full run deleting a DOI no longer listed.
 */
class DataCiteEndToEndTest extends AppTest {
  private static final List<String> EXAMPLES = List.of("datacite-example-dataset-v4", "datacite-example-GeoLocation-v4",
      "datacite-example-polygon-v4", "datacite-example-software-v4", "datacite-example-full-v4");
  private final List<ObjectNode> items = new CopyOnWriteArrayList<>();

  /** Cursor "c<offset>"; the query (and the updated range in it) carried along in next links, as DataCite does. */
  private Reply dois(LocalHttpServer self, Request req) {
    String query = req.query().getOrDefault("query", "");
    List<ObjectNode> matching = new ArrayList<>(items);
    int since = query.indexOf("updated:[");
    if (since >= 0) {
      Instant from = Instant.parse(query.substring(since + "updated:[".length(), query.indexOf(" TO *]", since)));
      matching.removeIf(i -> Instant.parse(i.get("attributes").get("updated").asString()).isBefore(from));
    }
    String cursor = req.query().get("page[cursor]");
    int start = cursor == null || cursor.equals("1") ? 0 : Integer.parseInt(cursor.substring(1));
    int size = Integer.parseInt(req.query().getOrDefault("page[size]", "25"));
    ObjectNode root = JSON.createObjectNode();
    ArrayNode data = root.putArray("data");
    matching.stream().skip(start).limit(size).forEach(data::add);
    root.putObject("meta").put("total", matching.size());
    if (start + size < matching.size()) {
      root.putObject("links").put("next", self.url("/dois?page%5Bcursor%5D=c" + (start + size) + "&page%5Bsize%5D=" + size
          + (query.isEmpty() ? "" : "&query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))));
    }
    return new Reply(200, "application/vnd.api+json", JSON.writeValueAsBytes(root), Map.of());
  }

  private JsonNode bySource(String name) {
    return get("/api/v1/datasets?size=100&source=" + URLEncoder.encode(name, StandardCharsets.UTF_8)).json();
  }

  private ObjectNode item(String doi) {
    return items.stream().filter(i -> i.get("id").asString().equals(doi)).findFirst().orElseThrow();
  }

  @Test
  void harvestsDoisThroughThePipeline() {
    for (int i = 0; i < EXAMPLES.size(); i++) items.add(DataCiteHarvesterTest.item(EXAMPLES.get(i), "2020-01-0" + (i + 1) + "T00:00:00Z"));
    LocalHttpServer[] holder = new LocalHttpServer[1];
    try (LocalHttpServer api = new LocalHttpServer(req -> dois(holder[0], req))) {
      holder[0] = api;
      String name = "DataCite client " + UUID.randomUUID();
      long source = createSource("""
          {"name":"%s","protocol":"datacite","url":"%s","clientId":"test.client","pageSize":"2"}""".formatted(name, api.url("")));

      JsonNode first = harvest(source, false);
      assertThat(first.get("status").asString()).as(first.toString()).isEqualTo("SUCCEEDED");
      assertThat(first.get("created").asInt()).isEqualTo(5);
      assertThat(first.get("pages").asInt()).isEqualTo(3);
      assertThat(bySource(name).get("total").asLong()).isEqualTo(5);
      assertThat(get("/api/v1/datasets?size=100&q=" + URLEncoder.encode("\"Disko Bay\"", StandardCharsets.UTF_8)
          + "&source=" + URLEncoder.encode(name, StandardCharsets.UTF_8)).json().get("total").asLong()).isEqualTo(1);

      JsonNode again = harvest(source, true);
      assertThat(again.get("unchanged").asInt()).as(again.toString()).isEqualTo(5);
      assertThat(again.get("created").asInt() + again.get("updated").asInt() + again.get("deleted").asInt()).isZero();

      // The repository hides a DOI (registered, no longer findable): the incremental run deletes it.
      sleep(1100);
      ObjectNode hidden = (ObjectNode) item("10.5072/example-polygon").get("attributes");
      hidden.put("state", "registered");
      hidden.put("updated", Instant.now().plusSeconds(5).toString());
      JsonNode incremental = harvest(source, false);
      assertThat(incremental.get("incremental").asBoolean()).isTrue();
      assertThat(incremental.get("deleted").asInt()).as(incremental.toString()).isEqualTo(1);
      assertThat(incremental.get("unchanged").asInt() + incremental.get("created").asInt()).isZero();
      assertThat(bySource(name).get("total").asLong()).isEqualTo(4);

      items.removeIf(i -> i.get("id").asString().equals("10.5072/example-software-2.0"));
      JsonNode full = harvest(source, true);
      assertThat(full.get("deleted").asInt()).as(full.toString()).isEqualTo(1);
      JsonNode after = bySource(name);
      assertThat(after.get("total").asLong()).isEqualTo(3);
      assertThat(after.get("items").valueStream().map(i -> i.get("title").asString()).toList())
          .doesNotContain("Meteo measurements at the Sand Motor");
    }
  }
}
