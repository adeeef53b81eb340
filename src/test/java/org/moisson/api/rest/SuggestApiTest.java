package org.moisson.api.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moisson.support.AppTest;
import org.moisson.support.DemoSources;
import tools.jackson.databind.JsonNode;

/** GET /api/v1/suggest over the demo catalogue, harvested and classified through the whole pipeline. */
class SuggestApiTest extends AppTest {
  private static final String THEMES = "https://w3id.org/moisson/themes/";

  @BeforeEach
  void load() {
    DemoSources.load(this);
  }

  private JsonNode suggest(String params) {
    Answer a = get("/api/v1/suggest?" + params);
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    assertThat(a.contentType()).startsWith("application/json");
    return a.json();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void aeroFindsTheAerosolsConceptWithItsDatasetCountInFrench() {
    JsonNode r = suggest("q=aero&lang=fr");
    assertThat(r.get("q").asString()).isEqualTo("aero");
    List<String> fields = r.propertyNames().stream().toList();
    assertThat(fields).containsExactly("q", "concepts", "keywords", "places", "titles");
    JsonNode first = r.get("concepts").get(0);
    assertThat(first.get("uri").asString()).isEqualTo(THEMES + "aerosols");
    assertThat(first.get("label").asString()).isEqualTo("Aérosols");
    assertThat(first.get("scheme").asString()).isEqualTo("Thèmes Moisson");
    assertThat(first.get("count").asLong()).isGreaterThanOrEqualTo(3);
    assertThat(labels(r.get("concepts"), "label")).contains("Épaisseur optique des aérosols");
    // The count is the number of datasets the concept filter finds.
    Answer search = get("/api/v1/datasets?size=0&concept=" + enc(THEMES + "aerosols"));
    assertThat(search.json().get("total").asLong()).isEqualTo(first.get("count").asLong());
  }

  @Test
  void labelsFollowTheLanguageAndAccentsAreOptional() {
    assertThat(suggest("q=aero&lang=en").get("concepts").get(0).get("label").asString()).isEqualTo("Aerosols");
    assertThat(suggest("q=a%C3%A9ro&lang=en").get("concepts").get(0).get("label").asString()).isEqualTo("Aerosols");
    assertThat(suggest("q=AERO").get("concepts").get(0).get("label").asString()).isEqualTo("Aerosols");
    assertThat(labels(suggest("q=surfaces%20cont&lang=fr").get("concepts"), "label")).contains("Surfaces continentales");
    assertThat(labels(suggest("q=optique&lang=fr").get("concepts"), "label")).contains("Épaisseur optique des aérosols");
  }

  @Test
  void keywordsPlacesAndTitlesComeFromTheIndex() {
    JsonNode aero = suggest("q=aero&lang=fr");
    assertThat(labels(aero.get("keywords"), "value")).contains("AERONET", "aéromagnétisme", "campagne aéroportée");
    assertThat(aero.get("keywords")).allSatisfy(k -> assertThat(k.get("count").asLong()).isPositive());
    assertThat(labels(aero.get("titles"), "title")).anyMatch(t -> t.contains("aérosols"));
    assertThat(aero.get("titles")).hasSizeLessThanOrEqualTo(5)
        .allSatisfy(t -> assertThat(get("/api/v1/datasets/" + t.get("id").asString()).status()).isEqualTo(200));
    JsonNode places = suggest("q=pyren").get("places");
    assertThat(places.get(0).get("value").asString()).isEqualTo("Pyrénées");
    assertThat(places.get(0).get("count").asLong()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void oneLetterGivesEmptyListsNotAnError() {
    JsonNode r = suggest("q=a");
    for (String kind : List.of("concepts", "keywords", "places", "titles")) assertThat(r.get(kind)).as(kind).isEmpty();
  }

  @Test
  void missingOrTooLongQueryAndBadLanguageAre400Json() {
    for (String params : List.of("", "lang=fr", "q=" + "a".repeat(101), "q=aero&lang=" + enc("<script>"))) {
      Answer a = get("/api/v1/suggest?" + params);
      assertThat(a.status()).as(params).isEqualTo(400);
      assertThat(a.json().get("message").asString()).as(params).isNotBlank();
    }
  }

  @Test
  void searchHitsCarryTheirConceptsLabelledInTheRequestLanguage() {
    JsonNode fr = get("/api/v1/datasets?size=100&lang=fr&concept=" + enc(THEMES + "aerosol-optical-depth")).json();
    assertThat(fr.get("total").asLong()).isPositive();
    JsonNode concepts = fr.get("items").get(0).get("concepts");
    assertThat(labels(concepts, "label")).contains("Épaisseur optique des aérosols");
    assertThat(labels(concepts, "uri")).contains(THEMES + "aerosol-optical-depth").doesNotContain(THEMES + "atmosphere");
    JsonNode en = get("/api/v1/datasets?size=100&lang=en&concept=" + enc(THEMES + "aerosol-optical-depth")).json();
    assertThat(labels(en.get("items").get(0).get("concepts"), "label")).contains("Aerosol optical depth");
  }

  @Test
  void atmosphereFindsDatasetsTaggedOnlyWithAnAtmosphericVariable() {
    long atmosphere = get("/api/v1/datasets?size=0&concept=" + enc(THEMES + "atmosphere")).json().get("total").asLong();
    long aerosols = get("/api/v1/datasets?size=0&concept=" + enc(THEMES + "aerosols")).json().get("total").asLong();
    assertThat(aerosols).isPositive();
    assertThat(atmosphere).isGreaterThan(aerosols);
  }

  private static List<String> labels(JsonNode array, String field) {
    return array.valueStream().map(n -> n.get(field).asString()).toList();
  }
}
