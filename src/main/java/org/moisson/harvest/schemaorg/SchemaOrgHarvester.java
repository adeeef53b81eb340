package org.moisson.harvest.schemaorg;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.moisson.harvest.HarvestContext;
import org.moisson.harvest.HarvestException;
import org.moisson.harvest.HarvestHttp;
import org.moisson.harvest.HarvestWindow;
import org.moisson.harvest.Harvester;
import org.moisson.harvest.HttpUrls;
import org.moisson.harvest.Page;
import org.moisson.harvest.RawRecord;
import org.moisson.harvest.RecordFailure;
import org.moisson.harvest.Source;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Dataset landing pages listed in a sitemap, each page's schema.org Dataset (its JSON-LD block) a
 * record in format "schemaorg" for SchemaOrgMapper. Settings: the source's url is the sitemap (or
 * sitemap index); {@code pattern} a regular expression a page URL must contain to be read, e.g.
 * {@code /dataset/}.
 *
 * <pre>{@code
 * Source s = new Source(1, "Repo", "schemaorg", "https://repo.example.org/sitemap.xml",
 *     Map.of("pattern", "/dataset/"), 1);
 * }</pre>
 *
 * <p>The cursor is the index of the next page in the sitemap's list, which is read again on each
 * call ({@link #PAGES_PER_CALL} landing pages a call): a restart resumes where it stopped, and a
 * page added meanwhile is read at the latest by the next run. Pages are fetched one after another:
 * they are rendered by a web front, not an API, and nothing says it can take more. Pages on other
 * hosts are ignored; a page without a Dataset is reported.
 */
@Component
public class SchemaOrgHarvester implements Harvester {
  static final int PAGES_PER_CALL = 50;
  static final String FORMAT = "schemaorg";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Override
  public String id() {
    return "schemaorg";
  }

  @Override
  public void validate(Source source) {
    HttpUrls.parse(source.url(), "url");
    pattern(source);
  }

  private static Pattern pattern(Source source) {
    String p = source.setting("pattern", null);
    if (p == null) return null;
    try {
      return Pattern.compile(p.strip());
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("pattern: '" + p + "' is not a regular expression: " + e.getDescription());
    }
  }

  @Override
  public Page page(Source source, HarvestWindow window, String cursor, HarvestContext ctx) throws HarvestException {
    URI sitemap;
    Pattern pattern;
    try {
      sitemap = HttpUrls.parse(source.url(), "url");
      pattern = pattern(source);
    } catch (IllegalArgumentException e) {
      throw new HarvestException("source " + source.name() + ": " + e.getMessage(), e);
    }
    int start = start(cursor);
    // Read once a run: each call takes 50 pages, and reading a sitemap of thousands again each time
    // cost more than the pages; a cursor is a position in this one list, whatever the site does meanwhile.
    URI from = sitemap;
    Pattern only = pattern;
    List<Map.Entry<URI, String>> pages = ctx.remember(List.of("sitemap", sitemap, String.valueOf(pattern)),
        () -> List.copyOf(Sitemaps.pages(from, only, ctx).entrySet()));
    List<RawRecord> records = new ArrayList<>();
    List<RecordFailure> failures = new ArrayList<>();
    int end = Math.min(pages.size(), start + PAGES_PER_CALL);
    for (Map.Entry<URI, String> page : pages.subList(Math.min(start, end), end)) {
      URI url = page.getKey();
      Found found;
      try {
        found = dataset(url, ctx);
      } catch (HarvestHttp.RefusedException e) {
        found = new Found(null, "page refused: HTTP " + e.status());
      }
      if (found.block() != null) {
        records.add(new RawRecord(url.toString(), FORMAT, found.block(), page.getValue(), false, url.toString()));
      } else {
        failures.add(new RecordFailure(url.toString(), url.toString(), found.problem()));
      }
    }
    return new Page(records, failures, end < pages.size() ? String.valueOf(end) : null);
  }

  private static int start(String cursor) throws HarvestException {
    if (cursor == null) return 0;
    try {
      int s = Integer.parseInt(cursor.strip());
      if (s >= 0) return s;
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new HarvestException("cursor '" + cursor + "' is not a position in the sitemap");
  }

  /** A page's Dataset block, or why there is none. */
  private record Found(String block, String problem) {}

  /** The page's first JSON-LD block holding a Dataset. A JSON-LD document listed in the sitemap counts too. */
  private static Found dataset(URI url, HarvestContext ctx) throws HarvestException {
    HarvestHttp.Response r = ctx.http().get(url, "text/html, application/xhtml+xml, application/ld+json;q=0.9");
    String type = r.contentType() == null ? "" : r.contentType().toLowerCase(Locale.ROOT);
    List<String> blocks = type.contains("json") ? List.of(r.text().strip()) : JsonLdScripts.extract(r.text());
    if (blocks.isEmpty()) return new Found(null, "the page has no JSON-LD (<script type=\"application/ld+json\">)");
    for (String b : blocks) if (holdsDataset(b)) return new Found(b, null);
    return new Found(null, "no schema.org Dataset in the page's " + blocks.size() + " JSON-LD block(s)");
  }

  /** Whether the block has a Dataset where SchemaOrgMapper looks: at the top, in @graph or a list, or as mainEntity. */
  static boolean holdsDataset(String block) {
    JsonNode root;
    try {
      root = JSON.readTree(block);
    } catch (JacksonException e) {
      return false; // a broken block among several is common; the page fails only if no block is usable
    }
    if (root == null) return false;
    JsonNode graph = root.isObject() && root.path("@graph").isArray() ? root.path("@graph") : root;
    List<JsonNode> nodes = new ArrayList<>();
    if (graph.isArray()) graph.forEach(nodes::add); else nodes.add(graph);
    for (JsonNode n : nodes) {
      if (isDataset(n)) return true;
      for (String p : List.of("mainEntity", "schema:mainEntity", "about")) {
        JsonNode v = n.path(p);
        if (isDataset(v)) return true;
        if (v.isArray()) for (JsonNode x : v) if (isDataset(x)) return true;
      }
    }
    return false;
  }

  private static boolean isDataset(JsonNode n) {
    if (n == null || !n.isObject()) return false;
    JsonNode t = n.path("@type");
    List<JsonNode> types = new ArrayList<>();
    if (t.isArray()) t.forEach(types::add); else types.add(t);
    return types.stream().anyMatch(x -> x.isString() && x.asString().strip().replaceFirst("^(?:schema:|sdo:|https?://schema\\.org/)", "")
        .equals("Dataset"));
  }
}
