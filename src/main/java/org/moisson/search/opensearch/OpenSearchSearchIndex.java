package org.moisson.search.opensearch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.moisson.record.DatasetJson;
import org.moisson.search.CompletionTerms;
import org.moisson.search.Facet;
import org.moisson.search.IndexedDataset;
import org.moisson.search.SearchIndex;
import org.moisson.search.SearchQuery;
import org.moisson.search.SearchResult.FacetCount;
import org.moisson.search.SearchResult.Hit;
import org.moisson.search.SearchResult;
import org.moisson.search.SuggestKind;
import org.moisson.search.Suggestion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The scale-mode search backend: an index on an OpenSearch 2.x cluster, shared by every
 * application node.
 *
 * <pre>{@code
 * try (SearchIndex index = OpenSearchSearchIndex.open(new OpenSearchSettings(
 *     List.of("https://os1:9200", "https://os2:9200"), "moisson", secret, false, null, null, "moisson-datasets"))) {
 *   SearchResult r = index.search(SearchQuery.text("océan"));
 * }
 * }</pre>
 *
 * Readers use the alias ({@code moisson-datasets}); writes go to the index of the mapping version
 * this code knows ({@code moisson-datasets-v1}). When the alias still points to an older version,
 * the new index starts empty at watermark 0, so the feeder rebuilds it from the database while
 * readers keep the old one; once it holds everything the old one held (its watermark reaches the
 * old one's), the alias moves to it in one atomic request. The watermark is kept in the index
 * mapping's {@code _meta}, read from the cluster each time since several nodes write it.
 */
public final class OpenSearchSearchIndex implements SearchIndex {
  private static final Comparator<FacetCount> MOST_FIRST =
      Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value);
  private static final Comparator<FacetCount> NEWEST_YEAR_FIRST =
      Comparator.comparingLong((FacetCount c) -> year(c.value())).reversed();

  /** Ids per page of {@link #forEachId}; a point in time lives this long between two pages. */
  private static final int ID_PAGE = 5_000;
  private static final String PIT_KEEP_ALIVE = "2m";

  private final OpenSearchHttp http;
  private final String alias;
  private final String target;
  /** The index the alias pointed to when it was another version's; null once the alias is ours. */
  private volatile String previous;

  private OpenSearchSearchIndex(OpenSearchHttp http, String alias, int version, int shards, int replicas) {
    this.http = http;
    this.alias = alias;
    this.target = alias + "-v" + version;
    try {
      this.previous = prepare(shards, replicas, version);
    } catch (RuntimeException e) {
      http.close();
      throw e;
    }
  }

  /** Connects, and creates or adopts the index of this code's mapping version (1 shard, 1 replica). */
  public static OpenSearchSearchIndex open(OpenSearchSettings settings) {
    return open(settings, OpenSearchMapping.VERSION, 1, 1);
  }

  public static OpenSearchSearchIndex open(OpenSearchSettings settings, int shards, int replicas) {
    return open(settings, OpenSearchMapping.VERSION, shards, replicas);
  }

  /** With another mapping version than this code's: for testing the move of the alias. */
  static OpenSearchSearchIndex open(OpenSearchSettings settings, int version, int shards, int replicas) {
    return new OpenSearchSearchIndex(new OpenSearchHttp(settings), settings.index(), version, shards, replicas);
  }

  /** The concrete index this code writes to. */
  public String targetIndex() {
    return target;
  }

  /** Where readers are: the target, or the previous version's index while the target is built. */
  public String readIndex() {
    String p = previous;
    return p == null ? target : p;
  }

  /** Creates the target and the alias when absent; returns the other index the alias points to, if any. */
  private String prepare(int shards, int replicas, int version) {
    if (http.getOrNull("/" + target) == null) {
      try {
        http.send("PUT", "/" + target, OpenSearchMapping.body(shards, replicas, version),
            Map.of("wait_for_active_shards", "1"));
      } catch (OpenSearchHttp.Failure e) {
        if (!e.getMessage().contains("resource_already_exists_exception")) throw e; // another node made it
      }
    }
    // Every node knows the index before the alias names it (a loaded cluster acknowledges late).
    http.send("GET", "/_cluster/health/" + target, null,
        Map.of("wait_for_status", "yellow", "timeout", "60s", "wait_for_active_shards", "1"));
    String current = aliasTarget();
    if (current == null) {
      http.send("POST", "/_aliases", aliasActions(null));
      return null;
    }
    if (current.equals(target)) return null;
    String old = current;
    if (version(old) > version) return old; // an older node restarting during an upgrade leaves the alias alone
    if (watermarkOf(target) >= watermarkOf(old)) {
      moveAlias(old);
      return null;
    }
    return old;
  }

  private String aliasTarget() {
    JsonNode a = http.getOrNull("/_alias/" + alias);
    if (a == null || a.isEmpty()) return null;
    return a.propertyNames().iterator().next();
  }

  private ObjectNode aliasActions(String from) {
    ObjectNode body = OpenSearchHttp.JSON.createObjectNode();
    ArrayNode actions = body.putArray("actions");
    if (from != null) actions.addObject().putObject("remove").put("index", from).put("alias", alias);
    actions.addObject().putObject("add").put("index", target).put("alias", alias);
    return body;
  }

  /** One request: readers go from one index to the other with no moment without either. */
  private void moveAlias(String from) {
    String current = aliasTarget();
    if (!target.equals(current)) http.send("POST", "/_aliases", aliasActions(current));
    previous = null;
  }

  /** Adds or replaces datasets by id; the last version of an id in one call wins. */
  @Override
  public void index(List<IndexedDataset> datasets) {
    if (datasets.isEmpty()) return;
    Map<String, IndexedDataset> last = new LinkedHashMap<>();
    datasets.forEach(d -> last.put(d.id(), d));
    StringBuilder ndjson = new StringBuilder();
    for (IndexedDataset d : last.values()) {
      ObjectNode action = OpenSearchHttp.JSON.createObjectNode();
      action.putObject("index").put("_index", target).put("_id", d.id());
      ndjson.append(action).append('\n').append(OpenSearchDocuments.toDocument(d)).append('\n');
    }
    checkBulk(http.bulk(ndjson.toString()));
  }

  @Override
  public void delete(Collection<String> ids) {
    if (ids.isEmpty()) return;
    StringBuilder ndjson = new StringBuilder();
    for (String id : ids) {
      ObjectNode action = OpenSearchHttp.JSON.createObjectNode();
      action.putObject("delete").put("_index", target).put("_id", id);
      ndjson.append(action).append('\n');
    }
    checkBulk(http.bulk(ndjson.toString()));
  }

  /** A bulk answer lists an error per failed item; a missing id to delete is not one. */
  private static void checkBulk(JsonNode answer) {
    if (!answer.path("errors").asBoolean(false)) return;
    for (JsonNode item : answer.path("items")) {
      JsonNode result = item.propertyStream().findFirst().map(Map.Entry::getValue).orElse(null);
      if (result == null) continue;
      int status = result.path("status").asInt(200);
      if (status >= 300 && status != 404) {
        throw new IllegalStateException("OpenSearch refused " + result.path("_id").asString() + ": "
            + result.path("error"));
      }
    }
  }

  @Override
  public void commit(long watermark) {
    http.send("POST", "/" + target + "/_refresh", null);
    setWatermark(target, watermark);
    String old = previous;
    if (old != null && version(old) < version(target) && watermark >= watermarkOf(old)) moveAlias(old);
  }

  private void setWatermark(String index, long watermark) {
    ObjectNode body = OpenSearchHttp.JSON.createObjectNode();
    body.putObject("_meta").put("mapping", version(index)).put("watermark", watermark);
    http.send("PUT", "/" + index + "/_mapping", body);
  }

  /** The mapping version in an index name; 0 for an index not named by this code. */
  private static int version(String index) {
    try {
      return Integer.parseInt(index.substring(index.lastIndexOf("-v") + 2));
    } catch (RuntimeException e) {
      return 0;
    }
  }

  @Override
  public long watermark() {
    return watermarkOf(target);
  }

  private long watermarkOf(String index) {
    JsonNode m = http.getOrNull("/" + index + "/_mapping");
    if (m == null) return 0;
    return m.path(index).path("mappings").path("_meta").path("watermark").asLong(0);
  }

  @Override
  public void clear() {
    ObjectNode body = OpenSearchHttp.JSON.createObjectNode();
    body.putObject("query").putObject("match_all");
    http.send("POST", "/" + target + "/_delete_by_query", body,
        Map.of("refresh", "true", "conflicts", "proceed", "slices", "auto"));
    setWatermark(target, 0);
  }

  @Override
  public SearchResult search(SearchQuery query) {
    JsonNode r = http.send("POST", "/" + alias + "/_search", OpenSearchQueries.search(query));
    long total = r.path("hits").path("total").path("value").asLong();
    List<Hit> hits = new ArrayList<>();
    boolean scored = OpenSearchQueries.scored(query);
    for (JsonNode h : r.path("hits").path("hits")) {
      JsonNode src = h.path("_source");
      List<String> sources = new ArrayList<>();
      src.path(OpenSearchMapping.SOURCES).forEach(s -> sources.add(s.asString()));
      float score = scored && h.path("_score").isNumber() ? (float) h.path("_score").asDouble() : 0f;
      hits.add(new Hit(src.path(OpenSearchMapping.ID).asString(),
          DatasetJson.read(src.path(OpenSearchMapping.JSON).asString()), sources, score));
    }
    Map<Facet, List<FacetCount>> facets = new EnumMap<>(Facet.class);
    for (Facet f : query.facets()) facets.put(f, counts(f, r.path("aggregations").path(f.param())));
    return new SearchResult(total, List.copyOf(hits), facets);
  }

  private static List<FacetCount> counts(Facet f, JsonNode agg) {
    JsonNode buckets = agg.has("values") ? agg.path("values").path("buckets") : agg.path("buckets");
    List<FacetCount> out = new ArrayList<>();
    for (JsonNode b : buckets) {
      long n = b.path("doc_count").asLong();
      if (n > 0) out.add(new FacetCount(b.path("key").asString(), n));
    }
    out.sort(f == Facet.YEAR ? NEWEST_YEAR_FIRST : MOST_FIRST);
    return List.copyOf(out);
  }

  private static long year(String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      return Long.MIN_VALUE;
    }
  }

  /**
   * Every matching id once, from one point in time (writes committed meanwhile are not seen), in
   * pages sorted by id and continued with search_after; the point in time is closed at the end,
   * also when {@code each} throws.
   */
  @Override
  public void forEachId(SearchQuery query, Consumer<String> each) {
    JsonNode pit = http.send("POST", "/" + alias + "/_search/point_in_time", null, Map.of("keep_alive", PIT_KEEP_ALIVE));
    String pitId = pit.path("pit_id").asString();
    try {
      ObjectNode body = OpenSearchQueries.all(query, ID_PAGE);
      body.putObject("pit").put("id", pitId).put("keep_alive", PIT_KEEP_ALIVE);
      while (true) {
        JsonNode hits = http.send("POST", "/_search", body).path("hits").path("hits");
        if (hits.isEmpty()) return;
        JsonNode last = null;
        for (JsonNode h : hits) {
          each.accept(h.path("_id").asString());
          last = h;
        }
        body.set("search_after", last.path("sort"));
      }
    } finally {
      ObjectNode close = OpenSearchHttp.JSON.createObjectNode();
      close.putArray("pit_id").add(pitId);
      try {
        http.send("DELETE", "/_search/point_in_time", close);
      } catch (RuntimeException e) {
        // it expires by itself after keep_alive
      }
    }
  }

  @Override
  public List<Suggestion> suggest(String prefix, SuggestKind kind, int limit) {
    CompletionTerms.check(kind, limit);
    if (kind == SuggestKind.TITLE) {
      ObjectNode body = OpenSearchSuggestions.titlesRequest(prefix, limit);
      return body == null ? List.of() : OpenSearchSuggestions.titles(http.send("POST", "/" + alias + "/_search", body), prefix);
    }
    String field = kind == SuggestKind.KEYWORD ? OpenSearchMapping.SUGGEST_KEYWORD : OpenSearchMapping.SUGGEST_PLACE;
    ObjectNode body = OpenSearchSuggestions.valuesRequest(field, prefix);
    return body == null ? List.of() : OpenSearchSuggestions.values(http.send("POST", "/" + alias + "/_search", body), limit);
  }

  @Override
  public long count() {
    return http.get("/" + alias + "/_count").path("count").asLong();
  }

  /** Removes this code's index and the alias (tests, and a catalogue given up). */
  public void drop() {
    try {
      http.send("DELETE", "/" + target, null);
    } catch (OpenSearchHttp.Failure e) {
      if (e.status != 404) throw e;
    }
  }

  @Override
  public void close() {
    http.close();
  }
}
