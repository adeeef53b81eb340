package org.moisson.harvest.schemaorg;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.moisson.mapping.GoldenFiles;
import org.moisson.support.AppTest;
import org.moisson.support.LocalHttpServer;
import org.moisson.support.LocalHttpServer.Reply;
import tools.jackson.databind.JsonNode;

/** A site's sitemap and landing pages (real science-on-schema.org JSON-LD) harvested through the application. */
class SchemaOrgEndToEndTest extends AppTest {
  private static final Map<String, String> PAGES = Map.of(
      "/dataset/krill", "schemaorg-stac/science-on-schema.org/examples/dataset/full.jsonld",
      "/dataset/bco-dmo", "schemaorg-stac/science-on-schema.org/validation/testingDataGraphs/dataset-full.json-ld",
      "/dataset/core", "schemaorg-stac/science-on-schema.org/validation/testingDataGraphs/simpleGeoPlace.jsonld",
      "/dataset/larval-krill", "schemaorg-stac/science-on-schema.org/examples/dataset/variableMeasured_LarvalKrill.jsonld");

  @Test
  void harvestsLandingPagesFromTheSitemapThenDeletesThePageItDrops() {
    List<String> listed = new CopyOnWriteArrayList<>(List.of("/dataset/krill", "/dataset/bco-dmo", "/dataset/core",
        "/dataset/larval-krill", "/dataset/empty"));
    try (LocalHttpServer site = new LocalHttpServer(req -> {
      if (req.path().equals("/sitemap.xml")) {
        StringBuilder sb = new StringBuilder("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        listed.forEach(p -> sb.append("<url><loc>").append(p).append("</loc></url>"));
        return Reply.xml(sb.append("</urlset>").toString());
      }
      String fixture = PAGES.get(req.path());
      if (fixture == null) return Reply.of("text/html", "<html><body>No metadata here</body></html>");
      return Reply.of("text/html", SchemaOrgHarvesterTest.page("<script type=\"application/ld+json\">",
          GoldenFiles.read(GoldenFiles.fixture(fixture))));
    })) {
      String name = "Site " + UUID.randomUUID();
      long source = createSource("""
          {"name":"%s","protocol":"schemaorg","url":"%s","pattern":"/dataset/"}""".formatted(name, site.url("/sitemap.xml")));

      JsonNode first = harvest(source, false);
      assertThat(first.get("status").asString()).as(first.toString()).isEqualTo("PARTIAL");
      assertThat(first.get("created").asInt()).isEqualTo(4);
      assertThat(first.get("failed").asInt()).isEqualTo(1);
      assertThat(first.get("errors").get(0).get("url").asString()).isEqualTo(site.url("/dataset/empty"));
      assertThat(titles(name)).hasSize(4).contains("8448c71edc22a06a26501a967223e5502dd4678be06c5761440167229ec9b715.zip");
      // A dataset with a date but no publisher: its page's byline is the date alone.
      List<JsonNode> withoutPublisher = get("/api/v1/datasets?size=100&source=" + URLEncoder.encode(name, StandardCharsets.UTF_8))
          .json().get("items").valueStream().filter(i -> i.path("publisher").isMissingNode() || i.path("publisher").isNull()).toList();
      assertThat(withoutPublisher).hasSize(1);
      assertThat(get("/datasets/" + withoutPublisher.get(0).get("id").asString()).body())
          .containsPattern("<p class=\"fr-text--lead meta\">\\s*<span>2010-02-03</span>");

      JsonNode again = harvest(source, false);
      assertThat(again.get("unchanged").asInt()).isEqualTo(4);
      assertThat(again.get("created").asInt() + again.get("updated").asInt() + again.get("deleted").asInt()).isZero();

      listed.remove("/dataset/core");
      JsonNode third = harvest(source, false);
      assertThat(third.get("deleted").asInt()).isEqualTo(1);
      assertThat(titles(name)).hasSize(3).doesNotContain("8448c71edc22a06a26501a967223e5502dd4678be06c5761440167229ec9b715.zip");
    }
  }

  private List<String> titles(String sourceName) {
    JsonNode found = get("/api/v1/datasets?size=100&source=" + URLEncoder.encode(sourceName, StandardCharsets.UTF_8)).json();
    return found.get("items").valueStream().map(i -> i.get("title").asString()).toList();
  }
}
