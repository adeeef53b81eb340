package org.moisson.harvest.schemaorg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
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

/**
 * SchemaOrgHarvester on 127.0.0.1: a sitemap index, a gzipped sitemap of landing pages whose JSON-LD
 * is the real science-on-schema.org and Dataverse examples, pages without a Dataset, a page on
 * another host, and a second sitemap long enough to need a second call.
 */
class SchemaOrgHarvesterTest {
  private final SchemaOrgHarvester harvester = new SchemaOrgHarvester();
  private final MetadataMapper mapper = Mappers.defaults().forFormat("schemaorg");
  private final HarvestContext ctx = new HarvestContext(
      new HarvestHttp(Duration.ofSeconds(5), 1, 10_000_000, Duration.ofMillis(20)), 1_000_000);
  private LocalHttpServer server;

  @AfterEach
  void stop() {
    if (server != null) server.close();
  }

  private static String fixture(String path) {
    return GoldenFiles.read(GoldenFiles.fixture(path));
  }

  static String page(String scriptTag, String json) {
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Dataset</title>"
        + "<script src=\"/app.js\"></script>" + scriptTag + json + "</script>"
        + "<script>var json = {\"@type\": \"Dataset\"};</script></head><body><h1>Dataset</h1></body></html>";
  }

  static byte[] gzip(String text) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream(); GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(text.getBytes(StandardCharsets.UTF_8));
      z.finish();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String urlset(List<String> locs) {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
    for (String loc : locs) sb.append("<url><loc>").append(loc).append("</loc><lastmod>2024-05-01</lastmod></url>");
    return sb.append("</urlset>").toString();
  }

  private Source serve() {
    List<String> generated = new ArrayList<>();
    for (int i = 1; i <= 52; i++) generated.add("/dataset/gen-" + i);
    server = new LocalHttpServer(req -> {
      String path = req.path();
      if (path.equals("/sitemap_index.xml")) {
        return Reply.xml("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
            + "<sitemap><loc>" + server.url("/sitemap-datasets.xml.gz") + "</loc></sitemap>"
            + "<sitemap><loc>/sitemap-more.xml</loc></sitemap>"
            + "<sitemap><loc>https://other.example.org/sitemap.xml</loc></sitemap></sitemapindex>");
      }
      if (path.equals("/sitemap-datasets.xml.gz")) {
        return new Reply(200, "application/gzip", gzip(urlset(List.of(server.url("/dataset/krill"),
            server.url("/dataset/minimal"), server.url("/dataset/dataverse-max"), server.url("/dataset/no-jsonld"),
            server.url("/dataset/web-page-only"), "https://other.example.org/dataset/x", server.url("/about"),
            server.url("/dataset/gone")))), Map.of());
      }
      if (path.equals("/sitemap-more.xml")) return Reply.xml(urlset(generated.stream().map(server::url).toList()));
      return switch (path) {
        case "/dataset/krill" -> Reply.of("text/html; charset=utf-8", page("<script data-x='1' type='application/ld+json'>",
            fixture("schemaorg-stac/science-on-schema.org/examples/dataset/full.jsonld")));
        case "/dataset/minimal" -> Reply.of("text/html", page("<SCRIPT type=application/ld+json>",
            "<!-- " + fixture("schemaorg-stac/science-on-schema.org/examples/dataset/minimal.jsonld") + " -->"));
        case "/dataset/dataverse-max" -> Reply.of("text/html", page("<script type=\"application/ld+json\" id=\"x\">",
            fixture("datacite-dataverse/dataverse/export-set-max/datasetSchemaDotOrg.json")));
        case "/dataset/no-jsonld" -> Reply.of("text/html", "<html><body>Nothing to see</body></html>");
        case "/dataset/web-page-only" -> Reply.of("text/html", page("<script type=\"application/ld+json\">",
            "{\"@context\": \"https://schema.org\", \"@type\": \"WebPage\", \"name\": \"About us\"}"));
        case "/dataset/gone" -> Reply.status(404);
        default -> path.startsWith("/dataset/gen-") ? Reply.of("text/html", page("<script type=\"application/ld+json\">",
            "{\"@context\": \"https://schema.org\", \"@type\": \"Dataset\", \"name\": \"Generated " + path + "\"}"))
            : Reply.status(404);
      };
    });
    return new Source(1, "site", "schemaorg", server.url("/sitemap_index.xml"), Map.of("pattern", "/dataset/"), 100);
  }

  @Test
  void readsTheSitemapsThenEachLandingPagesDataset() throws Exception {
    Source source = serve();
    Page first = harvester.page(source, HarvestWindow.FULL, null, ctx);
    assertThat(first.nextCursor()).isEqualTo("50");
    assertThat(first.records()).hasSize(47); // 6 listed pages, 3 without a Dataset, then 44 of the 52 generated
    assertThat(first.records().subList(0, 3)).extracting(RawRecord::identifier).containsExactly(
        server.url("/dataset/krill"), server.url("/dataset/minimal"), server.url("/dataset/dataverse-max"));
    assertThat(first.records().subList(0, 3)).extracting(r -> mapper.map(r.payload()).title(null)).containsExactly(
        "Larval krill studies - fluorescence and clearance from ARSV Laurence M. Gould LMG0106, LMG0205 in the Southern Ocean from 2001-2002 (SOGLOBEC project)",
        "Removal of organic carbon by natural bacterioplankton communities as a function of pCO2 from laboratory experiments between 2012 and 2016",
        "Max Schema.org");
    assertThat(mapper.map(first.records().get(2).payload()).doi()).isEqualTo("10.5072/fk2/vqtyhd");
    assertThat(first.records()).allSatisfy(r -> {
      assertThat(r.format()).isEqualTo("schemaorg");
      assertThat(r.datestamp()).isEqualTo("2024-05-01");
      assertThat(r.url()).isEqualTo(r.identifier());
    });
    assertThat(first.failures()).extracting(RecordFailure::identifier).containsExactly(
        server.url("/dataset/no-jsonld"), server.url("/dataset/web-page-only"), server.url("/dataset/gone"));
    assertThat(first.failures()).extracting(RecordFailure::message).satisfiesExactly(
        m -> assertThat(m).contains("no JSON-LD"), m -> assertThat(m).contains("no schema.org Dataset"),
        m -> assertThat(m).contains("HTTP 404"));

    Page second = harvester.page(source, HarvestWindow.FULL, first.nextCursor(), ctx);
    assertThat(second.nextCursor()).isNull();
    assertThat(second.records()).extracting(RawRecord::identifier).containsExactlyElementsOf(
        java.util.stream.IntStream.rangeClosed(45, 52).mapToObj(i -> server.url("/dataset/gen-" + i)).toList());
    // The sitemap is read once a run; /about does not match the pattern; other hosts are never asked.
    assertThat(server.requests()).extracting(Request::path).doesNotContain("/about")
        .filteredOn(p -> p.equals("/sitemap_index.xml")).hasSize(1);
    // A new run (a new context) reads it again, and sees what the site lists now.
    harvester.page(source, HarvestWindow.FULL, null, new HarvestContext(ctx.http(), ctx.maxRecordBytes()));
    assertThat(server.requests()).extracting(Request::path).filteredOn(p -> p.equals("/sitemap_index.xml")).hasSize(2);
  }

  @Test
  void aSitemapThatCannotBeReadFailsTheListing() {
    server = new LocalHttpServer(req -> req.path().equals("/sitemap.xml")
        ? Reply.xml("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sitemap><loc>/broken.xml</loc></sitemap></sitemapindex>")
        : req.path().equals("/broken.xml") ? Reply.status(500) : Reply.xml("<rss/>"));
    Source source = new Source(1, "site", "schemaorg", server.url("/sitemap.xml"), Map.of(), 100);
    assertThatThrownBy(() -> harvester.page(source, HarvestWindow.FULL, null, ctx))
        .isInstanceOf(HarvestException.class).hasMessageContaining("HTTP 500");
    Source rss = new Source(1, "site", "schemaorg", server.url("/feed.xml"), Map.of(), 100);
    assertThatThrownBy(() -> harvester.page(rss, HarvestWindow.FULL, null, ctx))
        .isInstanceOf(HarvestException.class).hasMessageContaining("neither a urlset nor a sitemapindex");
  }

  @Test
  void aPlainTextSitemapAndAJsonLdDocumentListedDirectly() throws Exception {
    server = new LocalHttpServer(req -> switch (req.path()) {
      case "/sitemap.txt" -> Reply.of("text/plain", server.url("/ds.jsonld") + "\n\n" + server.url("/ds2") + "\n");
      case "/ds.jsonld" -> Reply.of("application/ld+json",
          fixture("schemaorg-stac/science-on-schema.org/validation/testingDataGraphs/simpleGeoPlace.jsonld"));
      default -> Reply.of("text/html", page("<script type=\"application/ld+json\">", "{not json")
          .replace("</head>", "<script type=\"application/ld+json\">{\"@graph\": [{\"@type\": \"schema:Dataset\","
              + " \"schema:name\": \"In a graph\"}]}</script></head>"));
    });
    Page p = harvester.page(new Source(1, "s", "schemaorg", server.url("/sitemap.txt"), Map.of(), 100), HarvestWindow.FULL, null, ctx);
    assertThat(p.failures()).isEmpty();
    assertThat(p.records()).extracting(r -> mapper.map(r.payload()).title(null))
        .containsExactly("8448c71edc22a06a26501a967223e5502dd4678be06c5761440167229ec9b715.zip", "In a graph");
  }

  @Test
  void settingsAreChecked() {
    assertThat(harvester.incremental()).isFalse();
    assertThatThrownBy(() -> harvester.validate(new Source(1, "s", "schemaorg", "https://x.org/sitemap.xml",
        Map.of("pattern", "(unclosed"), 1))).hasMessageContaining("pattern");
    assertThatThrownBy(() -> harvester.page(new Source(1, "s", "schemaorg", "https://x.org/sitemap.xml", Map.of(), 1),
        HarvestWindow.FULL, "-3", ctx)).isInstanceOf(HarvestException.class).hasMessageContaining("cursor");
  }

  @Test
  void jsonLdBlocksAreFoundWhateverTheMarkup() {
    String html = "<script type=\"text/javascript\">a</script><script\ntype = 'application/ld+json; charset=utf-8'\n>"
        + "<![CDATA[{\"a\":1}]]></script ><script type=application/ld+json></script>";
    assertThat(JsonLdScripts.extract(html)).containsExactly("{\"a\":1}");
    assertThat(JsonLdScripts.extract("<script type=\"application/ld+json\">" + "{}\n".repeat(30) + "</script>".repeat(2)))
        .hasSize(1);
  }

  /** The scan finds what the regular expression it replaced found, on pages made of the pieces that trip scanners. */
  @Test
  void jsonLdBlocksAreFoundAsTheRegularExpressionFoundThem() {
    String[] pieces = {"<script", "<SCRIPT", "<scripts", "<script\n", " type=\"application/ld+json\"", " type='text/javascript'",
        " type=application/ld+json", ">", "</script>", "</script >", "</SCRIPT\t>", "</scripts>", "</script", "{\"a\":1}",
        "<!--", "-->", "<![CDATA[", "]]>", "<", "x", " ", "\n", "é"};
    String[] opens = {"<script", "<SCRIPT", "<script\n", "<scripts"};
    String[] types = {" type=\"application/ld+json\"", " TYPE='application/ld+json; charset=utf-8'", " type=application/ld+json", " type='text/javascript'", ""};
    String[] closes = {"</script>", "</script >", "</SCRIPT\t>", "</scripts>", "</script"};
    SplittableRandom random = new SplittableRandom(7);
    int found = 0;
    for (int page = 0; page < 20_000; page++) {
      StringBuilder html = new StringBuilder();
      for (int k = random.nextInt(12); k >= 0; k--) {
        if (random.nextInt(3) == 0) {
          html.append(pieces[random.nextInt(pieces.length)]);
        } else { // a block, well formed or not
          html.append(opens[random.nextInt(opens.length)]).append(types[random.nextInt(types.length)]).append('>')
              .append(pieces[random.nextInt(pieces.length)]).append("{\"b\":").append(k).append('}')
              .append(closes[random.nextInt(closes.length)]);
        }
      }
      List<String> blocks = JsonLdScripts.extract(html.toString());
      assertThat(blocks).as(html.toString()).isEqualTo(byRegularExpression(html.toString()));
      if (!blocks.isEmpty()) found++;
    }
    assertThat(found).as("pages with a block found").isGreaterThan(5_000);
  }

  private static List<String> byRegularExpression(String html) {
    Pattern script = Pattern.compile("<script\\b([^>]*)>(.*?)</script\\s*>",
        Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    Pattern type = Pattern.compile("\\btype\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>\"']+))",
        Pattern.CASE_INSENSITIVE);
    Pattern wrapper = Pattern.compile("^(?:<!--|<!\\[CDATA\\[)\\s*(.*?)\\s*(?:-->|]]>)$",
        Pattern.DOTALL);
    List<String> out = new ArrayList<>();
    Matcher m = script.matcher(html);
    while (m.find() && out.size() < JsonLdScripts.MAX_BLOCKS) {
      Matcher t = type.matcher(m.group(1));
      if (!t.find()) continue;
      String value = t.group(1) != null ? t.group(1) : t.group(2) != null ? t.group(2) : t.group(3);
      if (!value.strip().toLowerCase(Locale.ROOT).startsWith("application/ld+json")) continue;
      String content = m.group(2).strip();
      Matcher w = wrapper.matcher(content);
      if (w.matches()) content = w.group(1);
      if (!content.isEmpty()) out.add(content);
    }
    return out;
  }
}
