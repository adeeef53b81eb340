package org.moisson.harvest.stac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.moisson.harvest.HarvestContext;
import org.moisson.harvest.HarvestException;
import org.moisson.harvest.HarvestHttp;
import org.moisson.harvest.HarvestWindow;
import org.moisson.harvest.Page;
import org.moisson.harvest.RawRecord;
import org.moisson.harvest.RecordFailure;
import org.moisson.harvest.Source;
import org.moisson.mapping.GoldenFiles;
import org.moisson.mapping.Mappers;
import org.moisson.mapping.MetadataMapper;
import org.moisson.support.LocalHttpServer;
import org.moisson.support.LocalHttpServer.Reply;
import org.moisson.support.LocalHttpServer.Request;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** StacHarvester on 127.0.0.1: the specification's real example catalogs as static files, and a paged API. */
class StacHarvesterTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Path STAC = GoldenFiles.fixture("schemaorg-stac/stac-spec").toAbsolutePath().normalize();
  private final StacHarvester harvester = new StacHarvester();
  private final MetadataMapper mapper = Mappers.defaults().forFormat("stac-collection");
  private final HarvestContext ctx = new HarvestContext(
      new HarvestHttp(Duration.ofSeconds(5), 1, 10_000_000, Duration.ofMillis(20)), 1_000_000);
  private LocalHttpServer server;

  @AfterEach
  void stop() {
    if (server != null) server.close();
  }

  /** /files/… serves the stac-spec fixtures as they are; anything else goes to the handler. */
  private String serve(Function<Request, Reply> handler) {
    server = new LocalHttpServer(req -> {
      if (req.path().startsWith("/files/")) {
        Path p = STAC.resolve(req.path().substring("/files/".length())).normalize();
        return p.startsWith(STAC) && Files.isRegularFile(p) ? Reply.json(GoldenFiles.read(p)) : Reply.status(404);
      }
      return handler.apply(req);
    });
    return server.url("");
  }

  private Page first(String url) throws HarvestException {
    return harvester.page(new Source(1, "stac", "stac", url, Map.of(), 100), HarvestWindow.FULL, null, ctx);
  }

  private static ObjectNode collection(String fixture) {
    return (ObjectNode) JSON.readTree(GoldenFiles.read(STAC.resolve(fixture)));
  }

  @Test
  void aStaticCatalogIsWalkedThroughItsChildLinks() throws Exception {
    String base = serve(req -> Reply.status(404));
    Page p = first(base + "/files/examples/catalog.json");
    assertThat(p.nextCursor()).isNull();
    assertThat(p.failures()).isEmpty();
    assertThat(p.records()).extracting(RawRecord::identifier).containsExactly(
        base + "/files/examples/extensions-collection/collection.json",
        base + "/files/examples/collection-only/collection.json",
        base + "/files/examples/collection-only/collection-with-schemas.json");
    assertThat(p.records()).extracting(r -> mapper.map(r.payload()).title(null)).containsExactly(
        "Collection of Extension Items", "Sentinel-2 MSI: MultiSpectral Instrument, Level-1C",
        "Sentinel-2 MSI: MultiSpectral Instrument, Level-2A");
    // Items are not collections, and the catalog's self link points to GitHub: neither is fetched.
    assertThat(server.requests()).extracting(Request::path).doesNotContain("/files/examples/collectionless-item.json")
        .hasSize(4);
  }

  @Test
  void theVersion1CatalogLinksToFilesItsFolderLacks() throws Exception {
    String base = serve(req -> Reply.status(404));
    Page p = first(base + "/files/v1.0.0/examples/catalog.json");
    assertThat(p.records()).extracting(RawRecord::identifier)
        .containsExactly(base + "/files/v1.0.0/examples/collection-only/collection.json");
    assertThat(p.failures()).extracting(RecordFailure::identifier).containsExactly(
        base + "/files/v1.0.0/examples/extensions-collection/collection.json",
        base + "/files/v1.0.0/examples/collection-only/collection-with-schemas.json");
    assertThat(p.failures()).allSatisfy(f -> assertThat(f.message()).contains("HTTP 404"));
  }

  @Test
  void anApiLandingPageLeadsToPagedCollections() throws Exception {
    ObjectNode noId = collection("examples/collection.json");
    noId.remove("id");
    String base = serve(req -> {
      if (req.path().equals("/api")) {
        return Reply.json("{\"type\":\"Catalog\",\"id\":\"api\",\"description\":\"d\",\"conformsTo\":[],\"links\":["
            + "{\"rel\":\"data\",\"href\":\"" + server.url("/api/collections") + "\"}]}");
      }
      if (req.path().equals("/api/collections")) {
        boolean second = "2".equals(req.query().get("page"));
        ObjectNode page = JSON.createObjectNode();
        ArrayNode cs = page.putArray("collections");
        if (second) {
          cs.add(collection("examples/collection-only/collection.json"));
        } else {
          cs.add(collection("examples/collection.json"));
          cs.add(collection("examples/extensions-collection/collection.json"));
          cs.add(noId);
        }
        ArrayNode links = page.putArray("links");
        if (!second) links.addObject().put("rel", "next").put("href", "collections?page=2").put("type", "application/json");
        return Reply.json(JSON.writeValueAsString(page));
      }
      return Reply.status(404);
    });
    Source source = new Source(1, "stac api", "stac", base + "/api", Map.of(), 100);
    Page p1 = harvester.page(source, HarvestWindow.FULL, null, ctx);
    assertThat(p1.records()).extracting(RawRecord::identifier).containsExactly("simple-collection", "extensions-collection");
    assertThat(p1.records().get(0).url())
        .isEqualTo("https://raw.githubusercontent.com/radiantearth/stac-spec/v1.1.0-beta.1/examples/collection.json");
    assertThat(p1.records().get(1).url()).isEqualTo(base + "/api/collections/extensions-collection");
    assertThat(p1.failures()).singleElement().satisfies(f -> assertThat(f.message()).contains("collection 3").contains("no id"));
    assertThat(p1.nextCursor()).isEqualTo(base + "/api/collections?page=2");
    Page p2 = harvester.page(source, HarvestWindow.FULL, p1.nextCursor(), ctx);
    assertThat(p2.records()).extracting(RawRecord::identifier).containsExactly("sentinel-2");
    assertThat(p2.nextCursor()).isNull();
    assertThat(mapper.map(p2.records().get(0).payload()).licence().label())
        .isEqualTo("Legal notice on the use of Copernicus Sentinel Data and Service Information");
  }

  @Test
  void nextLinksThatLoopOrLeaveTheHostStopTheRun() {
    String base = serve(req -> {
      String next = req.path().equals("/loop") ? server.url("/loop") : "https://elsewhere.example.org/collections?page=2";
      return Reply.json("{\"collections\":[],\"links\":[{\"rel\":\"next\",\"href\":\"" + next + "\"}]}");
    });
    assertThatThrownBy(() -> first(base + "/loop")).isInstanceOf(HarvestException.class).hasMessageContaining("loop");
    assertThatThrownBy(() -> first(base + "/away")).isInstanceOf(HarvestException.class).hasMessageContaining("another host");
    assertThatThrownBy(() -> harvester.page(new Source(1, "s", "stac", base + "/x", Map.of(), 1), HarvestWindow.FULL,
        "https://elsewhere.example.org/collections", ctx)).isInstanceOf(HarvestException.class).hasMessageContaining("host");
  }

  private static String catalog(String id, String... children) {
    StringBuilder sb = new StringBuilder("{\"type\":\"Catalog\",\"id\":\"" + id + "\",\"description\":\"d\",\"links\":[");
    for (int i = 0; i < children.length; i++) {
      sb.append(i > 0 ? "," : "").append("{\"rel\":\"child\",\"href\":\"").append(children[i]).append("\"}");
    }
    return sb.append("]}").toString();
  }

  private static String minimalCollection(String id) {
    return "{\"type\":\"Collection\",\"id\":\"" + id + "\",\"description\":\"d\",\"license\":\"CC0-1.0\",\"links\":[],"
        + "\"extent\":{\"spatial\":{\"bbox\":[[-180,-90,180,90]]},\"temporal\":{\"interval\":[[null,null]]}}}";
  }

  @Test
  void theWalkStopsThreeLevelsDownStaysOnTheHostAndReportsBadChildren() throws Exception {
    String base = serve(req -> switch (req.path()) {
      case "/root.json" -> Reply.json(catalog("root", "a.json", "b/catalog.json", "https://elsewhere.example.org/c.json",
          "broken.json", "root.json"));
      case "/a.json" -> Reply.json(minimalCollection("a"));
      case "/broken.json" -> Reply.of("text/html", "<html>not found, but 200</html>");
      case "/b/catalog.json" -> Reply.json(catalog("b", "c/catalog.json"));
      case "/b/c/catalog.json" -> Reply.json(catalog("c", "y.json", "d/catalog.json"));
      case "/b/c/y.json" -> Reply.json(minimalCollection("y"));
      case "/b/c/d/catalog.json" -> Reply.json(catalog("d", "z.json"));
      default -> Reply.json(minimalCollection("too-deep"));
    });
    Page p = first(base + "/root.json");
    assertThat(p.records()).extracting(RawRecord::identifier).containsExactly(base + "/a.json", base + "/b/c/y.json");
    assertThat(p.failures()).singleElement().satisfies(f -> {
      assertThat(f.identifier()).isEqualTo(base + "/broken.json");
      assertThat(f.message()).contains("not JSON");
    });
    assertThat(server.requests()).extracting(Request::path).doesNotContain("/b/c/d/z.json")
        .filteredOn(path -> path.equals("/root.json")).hasSize(1);
  }

  @Test
  void aChildTheServerCannotServeFailsThePage() {
    String base = serve(req -> req.path().equals("/root.json") ? Reply.json(catalog("root", "a.json")) : Reply.status(503));
    assertThatThrownBy(() -> first(base + "/root.json")).isInstanceOf(HarvestException.class).hasMessageContaining("503");
  }

  @Test
  void aSingleCollectionUrlIsOneRecord() throws Exception {
    String base = serve(req -> Reply.status(404));
    Page p = first(base + "/files/examples/collection.json");
    assertThat(p.records()).singleElement().satisfies(r -> assertThat(mapper.map(r.payload()).title(null))
        .isEqualTo("Simple Example Collection"));
    assertThat(harvester.incremental()).isFalse();
    assertThatThrownBy(() -> harvester.validate(new Source(1, "s", "stac", "file:///etc", Map.of(), 1)))
        .hasMessageContaining("url");
    assertThat(p.nextCursor()).isNull();
  }
}
