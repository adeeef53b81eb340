package org.moisson.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moisson.support.AppTest;
import org.moisson.support.DemoSources;
import tools.jackson.databind.JsonNode;

/** Official collections: the admin API (token, validation, CRUD) and their public pages. */
class CollectionsTest extends AppTest {
  @BeforeEach
  void load() {
    DemoSources.load(this);
  }

  @Test
  void theApiNeedsTheAdminToken() {
    assertThat(get("/api/v1/collections").status()).isEqualTo(401);
    Answer post = send(HttpRequest.newBuilder(URI.create(url("/api/v1/collections"))).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"slug\":\"x\",\"titleEn\":\"X\",\"query\":\"q=x\"}")));
    assertThat(post.status()).isEqualTo(401);
  }

  @Test
  void aCollectionByQueryIsCreatedShownReplacedAndDeleted() {
    Answer created = adminPost("/api/v1/collections", """
        {"slug":"sea-test","titleFr":"Mer (test)","titleEn":"Sea (test)","descriptionEn":"Ocean datasets","query":"keyword=Oceans"}""");
    assertThat(created.status()).isEqualTo(201);
    assertThat(adminPost("/api/v1/collections", """
        {"slug":"sea-test","titleEn":"Again","query":"keyword=Oceans"}""").status()).isEqualTo(409);
    assertThat(adminGet("/api/v1/collections/sea-test").json().get("query").asString()).isEqualTo("keyword=Oceans");

    long oceans = get("/api/v1/datasets?keyword=Oceans&size=0").json().get("total").asLong();
    String page = get("/collections/sea-test?lang=en").body();
    assertThat(page).contains("<h1>Sea (test)</h1>").contains("Ocean datasets").contains(oceans + " datasets")
        .contains("href=\"/search?keyword=Oceans\"");
    assertThat(get("/collections/sea-test?lang=fr").body()).contains("<h1>Mer (test)</h1>");
    assertThat(get("/collections?lang=en").body()).contains("href=\"/collections/sea-test\"");

    Answer put = send(HttpRequest.newBuilder(URI.create(url("/api/v1/collections/sea-test")))
        .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString("{\"titleEn\":\"Sea, climate only\",\"query\":\"keyword=Oceans&keyword=Climate\"}")));
    assertThat(put.status()).isEqualTo(200);
    assertThat(get("/collections/sea-test?lang=en").body()).contains("Sea, climate only");

    Answer delete = send(HttpRequest.newBuilder(URI.create(url("/api/v1/collections/sea-test")))
        .header("Authorization", "Bearer " + TOKEN).DELETE());
    assertThat(delete.status()).isEqualTo(204);
    assertThat(get("/collections/sea-test").status()).isEqualTo(404);
    assertThat(adminGet("/api/v1/collections/sea-test").status()).isEqualTo(404);
  }

  @Test
  void aCollectionByListShowsThoseDatasetsPaged() {
    JsonNode items = get("/api/v1/datasets?size=3&sort=title").json().get("items");
    String ids = "[\"" + items.get(0).get("id").asString() + "\",\"" + items.get(1).get("id").asString() + "\",\"gone\"]";
    assertThat(adminPost("/api/v1/collections", "{\"slug\":\"picks-test\",\"titleEn\":\"Picks\",\"ids\":" + ids + "}").status())
        .isEqualTo(201);
    String page = get("/collections/picks-test?lang=en").body();
    assertThat(page).contains("href=\"/datasets/" + items.get(0).get("id").asString() + "\"")
        .contains("href=\"/datasets/" + items.get(1).get("id").asString() + "\"")
        .doesNotContain("/datasets/" + items.get(2).get("id").asString() + "\"");
    assertThat(get("/collections/picks-test?page=abc").status()).isEqualTo(400);
  }

  @Test
  void badCollectionsAreRefusedWithAMessage() {
    for (String body : new String[] {
        "{\"slug\":\"Bad Slug\",\"titleEn\":\"x\",\"query\":\"q=x\"}",
        "{\"slug\":\"no-title\",\"query\":\"q=x\"}",
        "{\"slug\":\"both\",\"titleEn\":\"x\",\"query\":\"q=x\",\"ids\":[\"a\"]}",
        "{\"slug\":\"neither\",\"titleEn\":\"x\"}",
        "{\"slug\":\"bad-query\",\"titleEn\":\"x\",\"query\":\"bbox=nonsense\"}",
        "{\"slug\":\"unknown-param\",\"titleEn\":\"x\",\"query\":\"colour=red\"}",
        "{\"slug\":\"ids-not-list\",\"titleEn\":\"x\",\"ids\":\"abc\"}",
        "[1,2]"}) {
      Answer a = adminPost("/api/v1/collections", body);
      assertThat(a.status()).as(body).isEqualTo(400);
      assertThat(a.json().get("message").asString()).as(body).isNotBlank();
    }
  }
}
