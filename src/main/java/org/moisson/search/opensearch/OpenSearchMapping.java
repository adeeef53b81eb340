package org.moisson.search.opensearch;

import org.moisson.search.Facet;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The index schema: analysis and field mappings, versioned. Changing anything here means a new
 * {@link #VERSION}: the application then builds index {@code <alias>-v<VERSION>} from the database
 * while readers keep the old one, and moves the alias when the new one has caught up.
 *
 * <p>The analysis chains are those of the Lucene backend ({@code search/lucene/Analyzers}), token
 * filter for token filter: possessive, lower case, stop words, ASCII folding, then the stemmer.
 */
final class OpenSearchMapping {
  static final int VERSION = 1;

  static final String ID = "id";
  static final String JSON = "json";
  static final String SOURCES = "sources";
  static final String TITLE_EN = "title_en";
  static final String TITLE_FR = "title_fr";
  static final String TEXT_EN = "text_en";
  static final String TEXT_FR = "text_fr";
  static final String BBOX = "bbox";
  static final String TIME = "time";
  static final String DATE = "date";
  static final String TITLE_SORT = "title_sort";
  /** Folded title words, for title completion. */
  static final String TITLE_WORDS = "title_words";
  /** Completion terms of keyword and place values ({@link org.moisson.search.CompletionTerms}). */
  static final String SUGGEST_KEYWORD = "suggest_keyword";
  static final String SUGGEST_PLACE = "suggest_place";
  static final String EN = "moisson_en";
  static final String FR = "moisson_fr";
  /** FrenchAnalyzer.DEFAULT_ARTICLES. */
  private static final String[] FRENCH_ARTICLES =
      {"l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"};

  private OpenSearchMapping() {}

  static String facetField(Facet f) {
    return "facet_" + f.param();
  }

  /** The body of the index creation request. */
  static ObjectNode body(int shards, int replicas, int version) {
    ObjectNode body = OpenSearchHttp.JSON.createObjectNode();
    ObjectNode index = body.putObject("settings").putObject("index");
    index.put("number_of_shards", shards);
    index.put("number_of_replicas", replicas);
    index.set("analysis", analysis());
    body.set("mappings", mappings(version));
    return body;
  }

  private static ObjectNode analysis() {
    ObjectNode a = OpenSearchHttp.JSON.createObjectNode();
    ObjectNode filters = a.putObject("filter");
    filters.putObject("moisson_en_possessive").put("type", "stemmer").put("language", "possessive_english");
    filters.putObject("moisson_en_stop").put("type", "stop").put("stopwords", "_english_");
    filters.putObject("moisson_en_stem").put("type", "stemmer").put("language", "porter");
    ObjectNode elision = filters.putObject("moisson_fr_elision").put("type", "elision").put("articles_case", true);
    ArrayNode articles = elision.putArray("articles");
    for (String s : FRENCH_ARTICLES) articles.add(s);
    filters.putObject("moisson_fr_stop").put("type", "stop").put("stopwords", "_french_");
    filters.putObject("moisson_fr_stem").put("type", "stemmer").put("language", "light_french");
    ObjectNode analyzers = a.putObject("analyzer");
    chain(analyzers.putObject(EN), "moisson_en_possessive", "lowercase", "moisson_en_stop", "asciifolding",
        "moisson_en_stem");
    chain(analyzers.putObject(FR), "moisson_fr_elision", "lowercase", "moisson_fr_stop", "asciifolding",
        "moisson_fr_stem");
    return a;
  }

  private static void chain(ObjectNode analyzer, String... filters) {
    analyzer.put("type", "custom").put("tokenizer", "standard");
    ArrayNode f = analyzer.putArray("filter");
    for (String s : filters) f.add(s);
  }

  private static ObjectNode mappings(int version) {
    ObjectNode m = OpenSearchHttp.JSON.createObjectNode();
    m.put("dynamic", "strict");
    m.putObject("_meta").put("mapping", version).put("watermark", 0);
    ObjectNode p = m.putObject("properties");
    p.putObject(ID).put("type", "keyword");
    p.putObject(JSON).put("type", "keyword").put("index", false).put("doc_values", false);
    p.putObject(SOURCES).put("type", "keyword").put("index", false).put("doc_values", false);
    text(p, TITLE_EN, EN);
    text(p, TITLE_FR, FR);
    text(p, TEXT_EN, EN);
    text(p, TEXT_FR, FR);
    for (Facet f : Facet.values()) p.putObject(facetField(f)).put("type", "keyword");
    // doc values of geo_shape take one shape per document; a dataset has several, searched, never aggregated
    p.putObject(BBOX).put("type", "geo_shape").put("doc_values", false);
    p.putObject(TIME).put("type", "long_range");
    p.putObject(DATE).put("type", "long");
    p.putObject(TITLE_SORT).put("type", "keyword");
    p.putObject(TITLE_WORDS).put("type", "text").put("analyzer", "whitespace").put("norms", false);
    p.putObject(SUGGEST_KEYWORD).put("type", "keyword");
    p.putObject(SUGGEST_PLACE).put("type", "keyword");
    return m;
  }

  /** Gap of 100 positions between values, as in Lucene: no phrase spans two keywords. */
  private static void text(ObjectNode props, String name, String analyzer) {
    props.putObject(name).put("type", "text").put("analyzer", analyzer).put("position_increment_gap", 100)
        .put("norms", true);
  }
}
