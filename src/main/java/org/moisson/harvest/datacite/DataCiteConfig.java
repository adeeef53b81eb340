package org.moisson.harvest.datacite;

import org.moisson.harvest.HttpUrls;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.moisson.harvest.Source;

/**
 * The settings of a DataCite source, all optional and ANDed: {@code query} (the REST API's query
 * syntax; "client-id:x" or "provider-id:x" alone are read as the filters they name),
 * {@code clientId}, {@code providerId}, {@code affiliation} (a ROR id or an organisation name,
 * matched on creators' and contributors' affiliations), {@code publisher} (its exact name) and
 * {@code pageSize} (default 100, at most 1000, the API's cap).
 *
 * <p>Every request asks for {@code affiliation=true&publisher=true}: affiliations and publisher
 * then come with their ROR ids, and every page has the same shape, so a record's payload (and its
 * hash) does not change with the page it happens to be on.
 */
record DataCiteConfig(URI dois, Map<String, String> filters, List<String> clauses, int pageSize) {
  static final int DEFAULT_PAGE_SIZE = 100;
  static final int MAX_PAGE_SIZE = 1000;
  static final Map<String, String> SHAPE = Map.of("affiliation", "true", "publisher", "true");
  private static final Pattern FILTER_QUERY = Pattern.compile("\\s*(client-id|provider-id)\\s*:\\s*([\\w.-]+)\\s*");
  private static final Pattern ROR = Pattern.compile(
      "(?:(?:https?://)?(?:www\\.)?ror\\.org/)?(0[a-hj-km-np-tv-z0-9]{6}\\d{2})/?", Pattern.CASE_INSENSITIVE);

  /** @throws IllegalArgumentException naming the bad setting */
  static DataCiteConfig of(Source source) {
    URI dois = dois(source.url());
    Map<String, String> filters = new LinkedHashMap<>();
    List<String> clauses = new ArrayList<>();
    String query = source.setting("query", null);
    if (query != null) {
      Matcher m = FILTER_QUERY.matcher(query);
      if (m.matches()) filters.put(m.group(1).toLowerCase(Locale.ROOT), m.group(2));
      else clauses.add(query.strip());
    }
    String client = source.setting("clientId", null);
    if (client != null) filters.put("client-id", client.strip());
    String provider = source.setting("providerId", null);
    if (provider != null) filters.put("provider-id", provider.strip());
    String affiliation = source.setting("affiliation", null);
    if (affiliation != null) clauses.add(affiliationClause(affiliation.strip()));
    String publisher = source.setting("publisher", null);
    if (publisher != null) {
      // The index has held the publisher's name as "publisher" and, since kernel 4.5, "publisher.name".
      String p = phrase(publisher.strip());
      clauses.add("publisher:" + p + " OR publisher.name:" + p);
    }
    return new DataCiteConfig(dois, filters, clauses, pageSize(source.setting("pageSize", null)));
  }

  /** The /dois endpoint of the source: the API's root or the endpoint itself may be given. */
  static URI dois(String url) {
    URI u = HttpUrls.parse(url == null ? "" : url, "url");
    if (u.getRawQuery() != null) {
      throw new IllegalArgumentException("url: give the query in the settings, not in '" + url + "'");
    }
    String path = u.getRawPath() == null ? "" : u.getRawPath();
    while (path.endsWith("/")) path = path.substring(0, path.length() - 1);
    if (!path.endsWith("/dois")) path = path + "/dois";
    return URI.create(u.getScheme().toLowerCase(Locale.ROOT) + "://" + u.getRawAuthority() + path);
  }

  private static int pageSize(String text) {
    if (text == null) return DEFAULT_PAGE_SIZE;
    try {
      int n = Integer.parseInt(text.strip());
      if (n >= 1 && n <= MAX_PAGE_SIZE) return n;
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("pageSize: '" + text + "' is not a number from 1 to " + MAX_PAGE_SIZE);
  }

  /** A ROR id matches the affiliation identifiers, anything else the affiliation names. */
  private static String affiliationClause(String value) {
    Matcher m = ROR.matcher(value);
    if (m.matches()) {
      String ror = phrase("https://ror.org/" + m.group(1).toLowerCase(Locale.ROOT));
      return "creators.affiliation.affiliationIdentifier:" + ror
          + " OR contributors.affiliation.affiliationIdentifier:" + ror;
    }
    String name = phrase(value);
    return "creators.affiliation.name:" + name + " OR contributors.affiliation.name:" + name;
  }

  private static String phrase(String v) {
    return "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** The first page: cursor paging starts with page[cursor]=1; a window asks for what was updated since. */
  URI firstPage(Instant updatedSince) {
    List<String> all = new ArrayList<>(clauses);
    if (updatedSince != null) {
      String from = DateTimeFormatter.ISO_INSTANT.format(updatedSince.truncatedTo(ChronoUnit.SECONDS));
      all.add("updated:[" + from + " TO *]");
    }
    StringBuilder q = new StringBuilder(dois.toString()).append('?');
    if (!all.isEmpty()) {
      String query = all.size() == 1 ? all.get(0) : String.join(" AND ", all.stream().map(c -> "(" + c + ")").toList());
      q.append("query=").append(encode(query)).append('&');
    }
    filters.forEach((k, v) -> q.append(k).append('=').append(encode(v)).append('&'));
    new java.util.TreeMap<>(SHAPE).forEach((k, v) -> q.append(k).append('=').append(v).append('&'));
    q.append("page%5Bsize%5D=").append(pageSize).append("&page%5Bcursor%5D=1");
    return URI.create(q.toString());
  }

  private static String encode(String v) {
    return URLEncoder.encode(v, StandardCharsets.UTF_8);
  }
}
