package org.moisson.harvest.stac;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.moisson.mapping.GoldenFiles;
import org.moisson.support.AppTest;
import org.moisson.support.LocalHttpServer;
import org.moisson.support.LocalHttpServer.Reply;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The STAC specification's example catalog served as static files and harvested through the application. */
class StacEndToEndTest extends AppTest {
  private static final Path STAC = GoldenFiles.fixture("schemaorg-stac/stac-spec/examples").toAbsolutePath().normalize();

  @Test
  void harvestsAStaticCatalogThenDeletesTheCollectionItStopsLinking() {
    AtomicBoolean pruned = new AtomicBoolean();
    try (LocalHttpServer server = new LocalHttpServer(req -> {
      Path p = STAC.resolve(req.path().substring(1)).normalize();
      if (!p.startsWith(STAC) || !Files.isRegularFile(p)) return Reply.status(404);
      String text = GoldenFiles.read(p);
      if (pruned.get() && req.path().equals("/catalog.json")) {
        ObjectNode catalog = (ObjectNode) JSON.readTree(text);
        ArrayNode links = (ArrayNode) catalog.get("links");
        for (int i = links.size() - 1; i >= 0; i--) {
          if (links.get(i).get("href").asString().endsWith("collection-with-schemas.json")) links.remove(i);
        }
        text = JsonMapper.builder().build().writeValueAsString(catalog);
      }
      return Reply.json(text);
    })) {
      String name = "STAC " + UUID.randomUUID();
      long source = createSource("{\"name\":\"" + name + "\",\"protocol\":\"stac\",\"url\":\"" + server.url("/catalog.json") + "\"}");

      JsonNode first = harvest(source, false);
      assertThat(first.get("status").asString()).as(first.toString()).isEqualTo("SUCCEEDED");
      assertThat(first.get("created").asInt()).isEqualTo(3);
      assertThat(titles(name)).containsExactlyInAnyOrder("Collection of Extension Items",
          "Sentinel-2 MSI: MultiSpectral Instrument, Level-1C", "Sentinel-2 MSI: MultiSpectral Instrument, Level-2A");

      JsonNode again = harvest(source, false);
      assertThat(again.get("unchanged").asInt()).isEqualTo(3);
      assertThat(again.get("created").asInt() + again.get("updated").asInt() + again.get("deleted").asInt()).isZero();

      pruned.set(true);
      JsonNode third = harvest(source, false);
      assertThat(third.get("deleted").asInt()).isEqualTo(1);
      assertThat(titles(name)).doesNotContain("Sentinel-2 MSI: MultiSpectral Instrument, Level-2A").hasSize(2);
    }
  }

  private List<String> titles(String sourceName) {
    JsonNode found = get("/api/v1/datasets?size=100&source=" + URLEncoder.encode(sourceName, StandardCharsets.UTF_8)).json();
    return found.get("items").valueStream().map(i -> i.get("title").asString()).toList();
  }
}
