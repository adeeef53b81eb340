package org.moisson.search.opensearch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.moisson.record.Dataset;
import org.moisson.record.DatasetJson;
import org.moisson.search.CompletionTerms;
import org.moisson.search.Folding;
import org.moisson.search.Suggestion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Completion, as the Lucene backend does it ({@code LuceneSuggester}): a keyword or place value is
 * indexed as one keyword term per word start, {@code <folded text from that word>\0<value>}; a
 * prefix is a terms aggregation over the terms it begins, whose document counts are the values'
 * counts. Titles are a prefix query on folded title words, newest first.
 */
final class OpenSearchSuggestions {
  /** A two-letter prefix on a huge vocabulary stops here rather than listing it all. */
  private static final int MAX_TERMS = 10_000;

  private OpenSearchSuggestions() {}

  /** The request for values a folded prefix completes; null when the prefix folds to nothing. */
  static ObjectNode valuesRequest(String field, String prefix) {
    String folded = Folding.fold(prefix);
    if (folded.isEmpty()) return null;
    ObjectNode body = OpenSearchHttp.JSON.createObjectNode();
    body.put("size", 0);
    body.putObject("query").putObject("prefix").putObject(field).put("value", folded);
    ObjectNode terms = body.putObject("aggs").putObject("values").putObject("terms");
    terms.put("field", field).put("size", MAX_TERMS);
    // Lucene regular expression: a quoted string is literal; folded text has letters, digits, spaces
    terms.put("include", "\"" + folded + "\".*");
    return body;
  }

  static List<Suggestion> values(JsonNode answer, int limit) {
    Map<String, Long> byValue = new HashMap<>(); // a value counted once, however many of its words match
    for (JsonNode b : answer.path("aggregations").path("values").path("buckets")) {
      String term = b.path("key").asString();
      String value = CompletionTerms.value(term);
      byValue.merge(value, b.path("doc_count").asLong(), Math::max);
    }
    Map<String, Map<String, Long>> byFolded = new HashMap<>();
    byValue.forEach((value, n) -> byFolded.computeIfAbsent(Folding.fold(value), k -> new HashMap<>()).put(value, n));
    List<Suggestion> out = new ArrayList<>(byFolded.size());
    for (Map<String, Long> forms : byFolded.values()) {
      String shown = forms.entrySet().stream()
          .min(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .orElseThrow().getKey();
      out.add(new Suggestion(shown, forms.values().stream().mapToLong(Long::longValue).sum(), null));
    }
    out.sort(Comparator.comparingLong(Suggestion::count).reversed().thenComparing(Suggestion::value));
    return List.copyOf(out.subList(0, Math.min(limit, out.size())));
  }

  /** The request for titles; null when the prefix has no words. */
  static ObjectNode titlesRequest(String prefix, int limit) {
    List<String> words = Folding.words(prefix);
    if (words.isEmpty()) return null;
    ObjectNode body = OpenSearchHttp.JSON.createObjectNode();
    body.put("size", limit);
    ArrayNode filter = body.putObject("query").putObject("bool").putArray("filter");
    for (int i = 0; i < words.size() - 1; i++) {
      filter.addObject().putObject("term").put(OpenSearchMapping.TITLE_WORDS, words.get(i));
    }
    filter.addObject().putObject("prefix").putObject(OpenSearchMapping.TITLE_WORDS).put("value", words.get(words.size() - 1));
    ArrayNode sort = body.putArray("sort");
    sort.addObject().putObject(OpenSearchMapping.DATE).put("order", "desc").put("missing", "_last");
    sort.addObject().putObject(OpenSearchMapping.ID).put("order", "asc");
    body.putArray("_source").add(OpenSearchMapping.ID).add(OpenSearchMapping.JSON);
    return body;
  }

  static List<Suggestion> titles(JsonNode answer, String prefix) {
    List<String> words = Folding.words(prefix);
    List<Suggestion> out = new ArrayList<>();
    for (JsonNode h : answer.path("hits").path("hits")) {
      JsonNode src = h.path("_source");
      Dataset ds = DatasetJson.read(src.path(OpenSearchMapping.JSON).asString());
      out.add(new Suggestion(CompletionTerms.matchingTitle(ds, words), 1, src.path(OpenSearchMapping.ID).asString()));
    }
    return List.copyOf(out);
  }

}
