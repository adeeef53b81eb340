package org.moisson.harvest.datacite;

import java.net.URI;
import java.util.Map;
import java.util.Set;
import org.moisson.harvest.HarvestContext;
import org.moisson.harvest.HarvestException;
import org.moisson.harvest.HarvestHttp;
import org.moisson.harvest.HarvestWindow;
import org.moisson.harvest.Harvester;
import org.moisson.harvest.Page;
import org.moisson.harvest.Source;
import org.springframework.stereotype.Component;

/**
 * Harvests DOIs from the DataCite REST API ({@code /dois}) with cursor paging: the first request
 * asks {@code page[cursor]=1}, then each page's {@code links.next} is followed, and that URL is
 * the cursor. One record per DOI, in format "datacite-json" for {@code DataCiteJsonMapper}.
 *
 * <pre>{@code
 * Source s = new Source(1, "SSHADE", "datacite", "https://api.datacite.org", Map.of("clientId", "inist.sshade"), 1);
 * Page p = harvester.page(s, HarvestWindow.FULL, null, ctx);
 * }</pre>
 *
 * <p>A next link must stay on the source's host: the API names its own pages, and a link elsewhere
 * is refused rather than followed. A next link equal to the page just read is a loop. The list ends
 * at a page without a next link or without items. An incremental window ANDs
 * {@code updated:[from TO *]} to the query. A cursor the API refuses (HTTP 400: expired, or
 * mangled) fails the run; the next run starts the list again.
 */
@Component
public class DataCiteHarvester implements Harvester {
  private static final Set<Integer> EXPLAINED = Set.of(400, 403, 404, 422);

  @Override
  public String id() {
    return "datacite";
  }

  @Override
  public boolean incremental() {
    return true;
  }

  @Override
  public void validate(Source source) {
    DataCiteConfig.of(source);
  }

  @Override
  public Page page(Source source, HarvestWindow window, String cursor, HarvestContext ctx) throws HarvestException {
    DataCiteConfig config = Harvester.settings(source, DataCiteConfig::of);
    URI url = cursor == null ? config.firstPage(window.from()) : onSourceHost(cursor, config.dois(), "cursor");
    HarvestHttp.Response response = ctx.http().get(url, "application/vnd.api+json, application/json", EXPLAINED);
    if (response.status() / 100 != 2) throw refused(response, url, cursor != null);
    DataCiteAnswer.Result result = DataCiteAnswer.read(response.text(), url.toString());
    String next = null;
    if (result.listed() > 0 && result.next() != null) {
      URI n = onSourceHost(result.next(), config.dois(), "next link of page " + url);
      if (n.equals(url)) throw new HarvestException("paging loop: page " + url + " names itself as the next page");
      next = n.toString();
    }
    return new Page(result.records(), result.failures(), next);
  }

  private static HarvestException refused(HarvestHttp.Response response, URI url, boolean cursor) {
    String why = DataCiteAnswer.errors(response.text());
    String what = "HTTP " + response.status() + (why == null ? "" : " (" + why + ")") + " from " + url;
    if (cursor && response.status() == 400) {
      return new HarvestException("the source refused the cursor, expired or invalid: " + what
          + "; the next run starts the list again");
    }
    return new HarvestException(what);
  }

  /**
   * A next link or a stored cursor as a URL of the source's host, with the characters DataCite
   * leaves unescaped ([, ], |, spaces) escaped, and the response shape parameters kept.
   */
  static URI onSourceHost(String link, URI source, String what) throws HarvestException {
    URI u;
    try {
      u = new URI(escapeQuery(link.strip()));
    } catch (java.net.URISyntaxException e) {
      throw new HarvestException(what + " is not a URL: '" + link + "'", e);
    }
    boolean web = "http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme());
    if (!web || u.getHost() == null || !u.getHost().equalsIgnoreCase(source.getHost())) {
      throw new HarvestException(what + " leads to another host, not followed: " + link);
    }
    return withShape(u);
  }

  private static URI withShape(URI u) {
    StringBuilder query = new StringBuilder(u.getRawQuery() == null ? "" : u.getRawQuery());
    for (Map.Entry<String, String> p : new java.util.TreeMap<>(DataCiteConfig.SHAPE).entrySet()) {
      if (!("&" + query).contains("&" + p.getKey() + "=")) {
        query.append(query.length() == 0 ? "" : "&").append(p.getKey()).append('=').append(p.getValue());
      }
    }
    String path = u.getRawPath() == null ? "" : u.getRawPath();
    return URI.create(u.getScheme() + "://" + u.getRawAuthority() + path + (query.length() == 0 ? "" : "?" + query));
  }

  private static String escapeQuery(String link) {
    int q = link.indexOf('?');
    if (q < 0) return link;
    StringBuilder sb = new StringBuilder(link.substring(0, q + 1));
    for (char c : link.substring(q + 1).toCharArray()) {
      switch (c) {
        case '[' -> sb.append("%5B");
        case ']' -> sb.append("%5D");
        case '|' -> sb.append("%7C");
        case ' ' -> sb.append("%20");
        case '"' -> sb.append("%22");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
