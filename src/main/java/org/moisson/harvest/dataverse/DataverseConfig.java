package org.moisson.harvest.dataverse;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.moisson.harvest.HttpUrls;
import org.moisson.harvest.Source;

/**
 * The settings of a Dataverse source: the installation's base URL, {@code subtree} (collection
 * aliases, comma-separated), {@code query} (Solr syntax, default *), {@code pageSize} (1–1000,
 * default 100) and {@code apiToken}, sent as X-Dataverse-key and never written anywhere else:
 * not in a URL, not in {@link #toString()}.
 */
record DataverseConfig(URI base, List<String> subtrees, String query, int pageSize, String apiToken) {
  static final int DEFAULT_PAGE_SIZE = 100;

  /** @throws IllegalArgumentException naming the bad setting */
  static DataverseConfig of(Source source) {
    URI url = HttpUrls.parse(source.url(), "url");
    String path = url.getPath() == null ? "" : url.getPath().replaceAll("/+$", "");
    if (path.contains("/dataverse/") || path.endsWith("/api") || path.contains("/api/")) {
      throw new IllegalArgumentException("url: give the installation's base URL (" + url.getScheme() + "://"
          + url.getAuthority() + "), and a collection alias as 'subtree'");
    }
    URI base = URI.create(url.getScheme() + "://" + url.getRawAuthority() + path);
    List<String> subtrees = new ArrayList<>();
    for (String s : source.setting("subtree", "").split(",")) if (!s.isBlank()) subtrees.add(s.strip());
    int pageSize = DEFAULT_PAGE_SIZE;
    String size = source.setting("pageSize", null);
    if (size != null) {
      try {
        pageSize = Integer.parseInt(size.strip());
      } catch (NumberFormatException e) {
        pageSize = -1;
      }
      if (pageSize < 1 || pageSize > 1000) {
        throw new IllegalArgumentException("pageSize: '" + size + "' is not a whole number from 1 to 1000");
      }
    }
    String token = source.setting("apiToken", null);
    if (token != null && !token.strip().matches("[\\x21-\\x7E]+")) {
      throw new IllegalArgumentException("apiToken: not a token (spaces or control characters)");
    }
    return new DataverseConfig(base, List.copyOf(subtrees), source.setting("query", "*").strip(), pageSize,
        token == null ? null : token.strip());
  }

  /**
   * Published datasets of the subtrees, oldest first so that datasets published during a harvest
   * come last instead of shifting the pages still to read. Datasets this installation harvested
   * from others are left out: Moisson takes them from their own repository.
   */
  URI searchUrl(int start) {
    StringBuilder sb = new StringBuilder(base.toString()).append("/api/search?q=").append(enc(query))
        .append("&type=dataset&per_page=").append(pageSize).append("&start=").append(start)
        .append("&sort=date&order=asc&fq=").append(enc("-metadataSource:\"Harvested\""));
    subtrees.forEach(s -> sb.append("&subtree=").append(enc(s)));
    return URI.create(sb.toString());
  }

  URI datasetUrl(String persistentId) {
    return URI.create(base + "/api/datasets/:persistentId/?persistentId=" + enc(persistentId));
  }

  URI latestPublishedUrl(String persistentId) {
    return URI.create(base + "/api/datasets/:persistentId/versions/:latest-published?persistentId=" + enc(persistentId));
  }

  Map<String, String> headers() {
    return apiToken == null ? Map.of() : Map.of("X-Dataverse-key", apiToken);
  }

  @Override
  public String toString() {
    return "DataverseConfig[base=" + base + ", subtrees=" + subtrees + ", query=" + query + ", pageSize=" + pageSize
        + ", apiToken=" + (apiToken == null ? "none" : "(set)") + "]";
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
