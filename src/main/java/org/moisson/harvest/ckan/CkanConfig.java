package org.moisson.harvest.ckan;

import org.moisson.harvest.HttpUrls;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.moisson.harvest.Source;

/**
 * The settings of a CKAN source: the site (its URL, with or without the API path), {@code rows}
 * per page (default 100, at most 1000, CKAN's own default cap) and {@code fq}, a Solr filter
 * query ("organization:inrae", "tags:sol").
 *
 * @param fq null when the whole site is harvested
 */
record CkanConfig(String site, int rows, String fq) {
  static final int DEFAULT_ROWS = 100;
  static final int MAX_ROWS = 1000;
  /** Oldest first, and by id among packages modified at the same instant, so offsets stay put. */
  static final String SORT = "metadata_modified asc,id asc";
  private static final String[] API_SUFFIXES = {"/api/3/action/package_search", "/api/action/package_search",
      "/api/3/action", "/api/action", "/api/3", "/api"};

  /** @throws IllegalArgumentException naming the bad setting */
  static CkanConfig of(Source source) {
    String site = site(source.url());
    String r = source.setting("rows", null);
    int rows = DEFAULT_ROWS;
    if (r != null) {
      try {
        rows = Integer.parseInt(r.strip());
      } catch (NumberFormatException e) {
        rows = -1;
      }
      if (rows < 1 || rows > MAX_ROWS) {
        throw new IllegalArgumentException("rows: '" + r + "' is not a number from 1 to " + MAX_ROWS);
      }
    }
    String fq = source.setting("fq", null);
    return new CkanConfig(site, rows, fq == null ? null : fq.strip());
  }

  /** The site root: an http(s) URL without the API path a steward may have pasted with it. */
  static String site(String url) {
    URI u = HttpUrls.parse(url == null ? "" : url, "url");
    String s = u.getScheme().toLowerCase(Locale.ROOT) + "://" + u.getRawAuthority()
        + (u.getRawPath() == null ? "" : u.getRawPath());
    while (s.endsWith("/")) s = s.substring(0, s.length() - 1);
    for (String suffix : API_SUFFIXES) {
      if (s.endsWith(suffix)) return s.substring(0, s.length() - suffix.length());
    }
    return s;
  }

  /** package_search from this offset; in an incremental window only what was modified since its start. */
  URI search(long start, Instant modifiedSince) {
    String filter = fq;
    if (modifiedSince != null) {
      String from = DateTimeFormatter.ISO_INSTANT.format(modifiedSince.truncatedTo(ChronoUnit.SECONDS));
      String since = "metadata_modified:[" + from + " TO *]";
      filter = filter == null ? since : "(" + filter + ") AND " + since;
    }
    StringBuilder q = new StringBuilder(site).append("/api/3/action/package_search?");
    if (filter != null) q.append("fq=").append(encode(filter)).append('&');
    q.append("rows=").append(rows).append("&start=").append(start).append("&sort=").append(encode(SORT));
    return URI.create(q.toString());
  }

  /** The package's page on the site, where a person sees the record. */
  String datasetPage(String nameOrId) {
    return site + "/dataset/" + URLEncoder.encode(nameOrId, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String encode(String v) {
    return URLEncoder.encode(v, StandardCharsets.UTF_8);
  }
}
