package org.moisson.harvest.stac;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.moisson.harvest.HarvestContext;
import org.moisson.harvest.HarvestException;
import org.moisson.harvest.HarvestWindow;
import org.moisson.harvest.Harvester;
import org.moisson.harvest.HttpUrls;
import org.moisson.harvest.Page;
import org.moisson.harvest.RawRecord;
import org.moisson.harvest.RecordFailure;
import org.moisson.harvest.Source;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * STAC collections as datasets (format "stac-collection", read by StacCollectionMapper), from
 * either kind of STAC publication; the source's url says which:
 *
 * <ul>
 *   <li>a STAC API: its landing page (followed to its rel=data link) or its /collections
 *       endpoint, paged by rel=next links, the cursor being the next page's URL;
 *   <li>a static catalog (catalog.json): its rel=child links walked by {@link StacCatalogWalk}.
 * </ul>
 *
 * <pre>{@code
 * Source s = new Source(1, "Theia", "stac", "https://stac.example.org/", Map.of(), 1);
 * Page p = harvester.page(s, HarvestWindow.FULL, null, ctx);
 * }</pre>
 *
 * Links are followed on the source's host only. STAC cannot be asked what changed since a date,
 * so every run lists everything: unchanged collections are skipped by their hash.
 */
@Component
public class StacHarvester implements Harvester {
  static final String FORMAT = "stac-collection";

  @Override
  public String id() {
    return "stac";
  }

  @Override
  public void validate(Source source) {
    HttpUrls.parse(source.url(), "url");
  }

  @Override
  public Page page(Source source, HarvestWindow window, String cursor, HarvestContext ctx) throws HarvestException {
    URI root = Harvester.settings(source, s -> HttpUrls.parse(s.url(), "url"));
    if (cursor != null) {
      URI next = HttpUrls.resolve(null, cursor);
      if (next == null || !HttpUrls.sameHost(next, root)) {
        throw new HarvestException("cursor " + cursor + " is not a page on the host of " + root);
      }
      return collections(StacDocument.fetch(next, ctx), root);
    }
    StacDocument doc = StacDocument.fetch(root, ctx);
    if (doc.json().path("collections").isArray()) return collections(doc, root);
    if (!doc.isCollection()) {
      // An API's landing page names its collections endpoint rel=data; a static catalog has none.
      for (URI data : doc.links("data")) {
        if (HttpUrls.sameHost(data, root)) return collections(StacDocument.fetch(data, ctx), root);
      }
    }
    return StacCatalogWalk.walk(doc, ctx);
  }

  /** One page of an API's /collections: its collections, and the next page's URL. */
  private static Page collections(StacDocument page, URI root) throws HarvestException {
    if (!page.json().path("collections").isArray()) {
      throw new HarvestException(page.url() + " has no \"collections\" list: not a STAC API collections page");
    }
    List<RawRecord> records = new ArrayList<>();
    List<RecordFailure> failures = new ArrayList<>();
    int position = 0;
    for (JsonNode c : page.json().path("collections")) {
      position++;
      String id = c.path("id").isString() ? c.path("id").asString().strip() : "";
      if (id.isEmpty()) {
        failures.add(new RecordFailure(null, page.url().toString(), "collection " + position + " of the page has no id"));
        continue;
      }
      String updated = c.path("updated").isString() ? c.path("updated").asString() : null;
      records.add(new RawRecord(id, FORMAT, StacDocument.write(c), updated, false, collectionUrl(page.url(), id, c)));
    }
    URI next = page.links("next").stream().findFirst().orElse(null);
    if (next != null) {
      if (next.equals(page.url())) throw new HarvestException("paging loop: " + page.url() + " names itself as next page");
      if (!HttpUrls.sameHost(next, root)) {
        throw new HarvestException("page " + page.url() + " names a next page on another host, not followed: " + next);
      }
    }
    return new Page(records, failures, next == null ? null : next.toString());
  }

  /** The collection's self link, else /collections/{id} as the STAC API specification lays it out. */
  private static String collectionUrl(URI page, String id, JsonNode c) {
    for (JsonNode l : c.path("links")) {
      if ("self".equals(l.path("rel").asString(""))) {
        URI self = HttpUrls.resolve(page, l.path("href").asString(null));
        if (self != null) return self.toString();
      }
    }
    String path = page.getRawPath() == null ? "" : page.getRawPath().replaceAll("/+$", "");
    return page.getScheme() + "://" + page.getRawAuthority() + path + "/"
        + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
