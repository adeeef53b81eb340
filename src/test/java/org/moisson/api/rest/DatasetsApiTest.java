package org.moisson.api.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.moisson.support.AppTest;
import org.moisson.support.DemoSources;
import tools.jackson.databind.JsonNode;

/** The search API over the demo catalogue, harvested through the whole pipeline. */
class DatasetsApiTest extends AppTest {
  private String demo;

  @BeforeEach
  void load() {
    // Every filter below is ANDed with the demo sources (an OR facet), so other tests' data never counts.
    demo = DemoSources.load(this).stream().map(n -> "&source=" + enc(n)).reduce("", String::concat);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private JsonNode search(String params) {
    Answer a = get("/api/v1/datasets?" + params + demo);
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    return a.json();
  }

  @Test
  void listsEveryDemoDatasetWithFacets() {
    JsonNode all = search("size=100");
    assertThat(all.get("total").asLong()).isEqualTo(40);
    assertThat(all.get("items")).hasSize(40);
    JsonNode item = all.get("items").get(0);
    for (String field : List.of("id", "title", "description", "identifiers", "landingPage", "source", "spatial",
        "temporal", "keywords", "url")) {
      assertThat(item.has(field)).as(field).isTrue();
    }
    for (String facet : List.of("keyword", "type", "source", "publisher", "licence", "year")) {
      assertThat(all.get("facets").get(facet)).as(facet).isNotEmpty();
    }
    // Drill-sideways: the source facet also counts sources the filter leaves out; the demo ones add up to 40.
    long bySource = all.get("facets").get("source").valueStream()
        .filter(v -> v.get("value").asString().startsWith(DemoSources.PREFIX)).mapToLong(v -> v.get("count").asLong()).sum();
    assertThat(bySource).isEqualTo(40);
  }

  @Test
  void findsWordsInBothLanguagesWithAccentsFolded() {
    long accented = search("q=" + enc("température")).get("total").asLong();
    assertThat(accented).isPositive();
    assertThat(search("q=temperature").get("total").asLong()).isGreaterThanOrEqualTo(accented);
    assertThat(search("q=" + enc("océans")).get("total").asLong()).isPositive();
    assertThat(search("q=zzzxqy").get("total").asLong()).isZero();
  }

  @Test
  void filtersByFacetValues() {
    JsonNode all = search("size=0");
    JsonNode licence = all.get("facets").get("licence").get(0);
    JsonNode filtered = search("size=100&licence=" + enc(licence.get("value").asString()));
    assertThat(filtered.get("total").asLong()).isEqualTo(licence.get("count").asLong());
    // The licence facet still shows the other licences (drill-sideways), so the choice can widen.
    assertThat(filtered.get("facets").get("licence").size()).isEqualTo(all.get("facets").get("licence").size());
  }

  @Test
  void aBoxAcrossTheAntimeridianFindsThePacific() {
    JsonNode pacific = search("bbox=175,-30,-175,0&size=100");
    assertThat(pacific.get("total").asLong()).isPositive();
    JsonNode france = search("bbox=-5,42,8,51&size=100");
    assertThat(france.get("total").asLong()).isPositive();
    List<String> pacificIds = pacific.get("items").valueStream().map(i -> i.get("id").asString()).toList();
    assertThat(france.get("items").valueStream().map(i -> i.get("id").asString())).doesNotContainAnyElementsOf(pacificIds);
  }

  @Test
  void filtersByTimeRangeOverlap() {
    long all = search("size=0").get("total").asLong();
    long recent = search("start=2020&size=0").get("total").asLong();
    long old = search("end=1990-12-31&size=0").get("total").asLong();
    assertThat(recent).isPositive().isLessThan(all);
    assertThat(old).isLessThan(all);
  }

  @Test
  void sortsAndPages() {
    JsonNode byTitle = search("sort=title&size=5");
    List<String> titles = byTitle.get("items").valueStream().map(i -> i.get("title").asString()).toList();
    assertThat(titles).hasSize(5);
    JsonNode page2 = search("sort=title&size=5&page=2");
    assertThat(page2.get("items").get(0).get("id").asString()).isNotEqualTo(byTitle.get("items").get(0).get("id").asString());
    JsonNode byDate = search("sort=date&size=40");
    List<String> dates = byDate.get("items").valueStream().map(i -> i.get("issued").asString()).toList();
    assertThat(dates.get(0).compareTo(dates.get(dates.size() - 1))).isPositive();
  }

  @Test
  void answersOneDatasetAndA404ForAnUnknownOne() {
    String id = search("size=1").get("items").get(0).get("id").asString();
    Answer one = get("/api/v1/datasets/" + id);
    assertThat(one.status()).isEqualTo(200);
    assertThat(one.json().get("titles")).isNotEmpty();
    assertThat(one.json().get("provenance").get(0).get("hash").asString()).hasSize(64);
    Answer missing = get("/api/v1/datasets/nope");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().get("message").asString()).contains("nope");
  }

  @ParameterizedTest
  @ValueSource(strings = {"bbox=nonsense", "bbox=1,2,3", "bbox=0,60,10,50", "bbox=200,0,210,10", "size=100000",
      "size=-1", "page=-1", "page=0", "page=abc", "page=1000&size=100", "start=2020-13-45", "end=yesterday",
      "start=2021&end=2019", "sort=random", "q=%28unbalanced", "q=%22open+quote", "q=AND", "q=soil+OR",
      "colour=blue", "q=a&q=b"})
  void aBadParameterIsA400WithAMessage(String params) {
    Answer a = get("/api/v1/datasets?" + params);
    assertThat(a.status()).as(params + " -> " + a.body()).isEqualTo(400);
    assertThat(a.contentType()).contains("application/json");
    assertThat(a.json().get("message").asString()).isNotBlank();
    assertThat(a.body()).doesNotContain("Exception").doesNotContain("at org.");
  }
}
