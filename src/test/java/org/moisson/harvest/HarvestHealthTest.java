package org.moisson.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.moisson.store.SourceStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.moisson.support.AppTest;
import org.moisson.support.LocalOaiPmhProvider;
import tools.jackson.databind.JsonNode;

/** What stewards see of harvests: source health in the API and the admin page, schedules, deletion. */
class HarvestHealthTest extends AppTest {

  private JsonNode sourceInList(long id) {
    return adminGet("/api/v1/sources").json().valueStream().filter(s -> s.get("id").asLong() == id).findFirst().orElseThrow();
  }

  @Test
  void sourcesListTheirStateLastRunRecordsAndNextRun() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    try (LocalOaiPmhProvider oai = new LocalOaiPmhProvider(5)) {
      for (int i = 0; i < 4; i++) oai.put("oai:h:" + i, HarvestEndToEndTest.datacite("10.5072/health-" + tag + i, "Santé " + i, tag));
      long ok = createSource("{\"name\":\"healthy " + tag + "\",\"protocol\":\"oai-pmh\",\"url\":\"" + oai.url()
          + "\",\"schedule\":\"0 3 * * *\"}");
      long broken = createSource("{\"name\":\"broken " + tag + "\",\"protocol\":\"oai-pmh\",\"url\":\"http://127.0.0.1:9/oai\"}");
      JsonNode fresh = sourceInList(ok);
      assertThat(fresh.get("state").asString()).isEqualTo("never");
      harvest(ok, false);
      harvest(broken, false);
      JsonNode healthy = sourceInList(ok);
      assertThat(healthy.get("state").asString()).isEqualTo("ok");
      assertThat(healthy.get("records").asLong()).isEqualTo(4);
      assertThat(healthy.get("lastRun").get("created").asInt()).isEqualTo(4);
      assertThat(healthy.get("lastSuccess").asString()).isNotBlank();
      Instant next = Instant.parse(healthy.get("nextRun").asString());
      assertThat(next).isAfter(Instant.now()).isBefore(Instant.now().plus(Duration.ofHours(25)));
      JsonNode failing = sourceInList(broken);
      assertThat(failing.get("state").asString()).isEqualTo("failed");
      assertThat(failing.get("lastRun").get("message").asString()).contains("connection");
      assertThat(adminGet("/api/v1/sources/" + ok).json().get("runs")).hasSize(1);
    }
  }

  @Test
  void aBadScheduleIsRefusedAndADueOneStartsByItself() {
    assertThat(adminPost("/api/v1/sources", "{\"name\":\"x\",\"protocol\":\"oai-pmh\",\"url\":\"http://127.0.0.1/oai\","
        + "\"schedule\":\"every tuesday\"}").status()).isEqualTo(400);
    try (LocalOaiPmhProvider oai = new LocalOaiPmhProvider(5)) {
      oai.put("oai:s:1", HarvestEndToEndTest.datacite("10.5072/sched-" + UUID.randomUUID(), "Planifié", "x"));
      long id = createSource("{\"name\":\"scheduled\",\"protocol\":\"oai-pmh\",\"url\":\"" + oai.url()
          + "\",\"schedule\":\"*/2 * * * * *\"}");
      Instant deadline = Instant.now().plusSeconds(20);
      JsonNode s = sourceInList(id);
      while (!s.path("lastRun").isObject() && Instant.now().isBefore(deadline)) {
        sleep(200);
        s = sourceInList(id);
      }
      assertThat(s.path("lastRun").isObject()).as("no scheduled run within 20 s").isTrue();
      awaitRun(s.get("lastRun").get("runId").asLong());
      // Deleting the source stops its schedule and takes its records out of the catalogue.
      while (adminGet("/api/v1/sources/" + id).json().get("state").asString().equals("running")) sleep(100);
      Answer deleted = send(HttpRequest.newBuilder(URI.create(url("/api/v1/sources/" + id)))
          .header("Authorization", "Bearer " + TOKEN).DELETE());
      assertThat(deleted.status()).as(deleted.body()).isIn(204, 409);
      if (deleted.status() == 409) {
        sleep(500);
        deleted = send(HttpRequest.newBuilder(URI.create(url("/api/v1/sources/" + id)))
            .header("Authorization", "Bearer " + TOKEN).DELETE());
      }
      assertThat(deleted.status()).isEqualTo(204);
      assertThat(adminGet("/api/v1/sources/" + id).status()).isEqualTo(404);
      assertThat(get("/api/v1/datasets?size=0&source=scheduled").json().get("total").asLong()).isZero();
    }
  }

  @Test
  void deletingOneSourceKeepsWhatAnotherHoldsOfTheSameDataset() {
    String doi = "10.5072/shared-" + UUID.randomUUID();
    try (LocalOaiPmhProvider a = new LocalOaiPmhProvider(5); LocalOaiPmhProvider b = new LocalOaiPmhProvider(5)) {
      a.put("oai:a:1", HarvestEndToEndTest.datacite(doi, "Partagé par A", "x"));
      b.put("oai:b:1", HarvestEndToEndTest.datacite(doi.toUpperCase(), "Partagé par B", "x"));
      long sa = createSource("{\"name\":\"holder A " + doi + "\",\"protocol\":\"oai-pmh\",\"url\":\"" + a.url() + "\",\"priority\":10}");
      long sb = createSource("{\"name\":\"holder B " + doi + "\",\"protocol\":\"oai-pmh\",\"url\":\"" + b.url() + "\",\"priority\":20}");
      harvest(sa, false);
      harvest(sb, false);
      JsonNode both = get("/api/v1/datasets?q=" + URLEncoder.encode("Partagé", StandardCharsets.UTF_8)
          + "&source=" + URLEncoder.encode("holder B " + doi, StandardCharsets.UTF_8)).json();
      assertThat(both.get("total").asLong()).isEqualTo(1);
      JsonNode item = both.get("items").get(0);
      assertThat(item.get("sources")).hasSize(2);
      assertThat(item.get("title").asString()).isEqualTo("Partagé par A");
      send(HttpRequest.newBuilder(URI.create(url("/api/v1/sources/" + sa))).header("Authorization", "Bearer " + TOKEN).DELETE());
      JsonNode after = get("/api/v1/datasets/" + item.get("id").asString()).json();
      assertThat(after.get("sources")).hasSize(1);
      assertThat(after.get("titles").get(0).get("value").asString()).isEqualTo("Partagé par B");
    }
  }

  @Test
  void theHealthPageNeedsTheTokenOnce() {
    Answer anonymous = send(HttpRequest.newBuilder(URI.create(url("/admin"))).GET());
    assertThat(anonymous.status()).isEqualTo(302);
    Answer wrong = send(HttpRequest.newBuilder(URI.create(url("/admin/login")))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("token=nope")));
    assertThat(wrong.status()).isEqualTo(401);
    createSource("{\"name\":\"visible on the page\",\"protocol\":\"oai-pmh\",\"url\":\"http://127.0.0.1:9/oai\"}");
    Answer page = send(HttpRequest.newBuilder(URI.create(url("/admin"))).header("Cookie", "moisson-admin=" + TOKEN).GET());
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("visible on the page").contains("<table");
  }

  @Test
  void theAddSourceFormNeedsTheTokenToo() {
    Answer anonymous = send(HttpRequest.newBuilder(URI.create(url("/admin/sources")))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("name=intrus&protocol=oai-pmh&url=http%3A%2F%2F127.0.0.1%3A9%2Foai")));
    assertThat(anonymous.status()).isEqualTo(302);
    Answer signedIn = send(HttpRequest.newBuilder(URI.create(url("/admin/sources")))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "moisson-admin=" + TOKEN)
        .POST(HttpRequest.BodyPublishers.ofString("name=invit%C3%A9&protocol=oai-pmh&url=http%3A%2F%2F127.0.0.1%3A9%2Foai"
            + "&priority=7&schedule=0+3+*+*+*&settings=set%3Dtheme%3Aoceans")));
    assertThat(signedIn.status()).isEqualTo(302);
    String sources = adminGet("/api/v1/sources").body();
    assertThat(sources).doesNotContain("intrus").contains("invité");
    JsonNode added = adminGet("/api/v1/sources").json().valueStream()
        .filter(s -> s.get("name").asString().equals("invité")).findFirst().orElseThrow();
    assertThat(added.get("priority").asInt()).isEqualTo(7);
    assertThat(added.get("settings").get("schedule").asString()).isEqualTo("0 3 * * *");
    assertThat(added.get("settings").get("set").asString()).isEqualTo("theme:oceans");
    assertThat(added.get("nextRun").isNull()).isFalse();
  }

  @Autowired
  SourceStore store;

  @Test
  void aTokenSettingIsNeverShownAndSurvivesAnEditThatSendsItBack() {
    long id = createSource("{\"name\":\"private dataverse\",\"protocol\":\"dataverse\",\"url\":\"http://127.0.0.1:9\","
        + "\"apiToken\":\"s3cr3t-token\",\"subtree\":\"lab\"}");
    JsonNode shown = adminGet("/api/v1/sources/" + id).json().get("settings");
    assertThat(shown.get("apiToken").asString()).isEqualTo("(set)");
    assertThat(shown.get("subtree").asString()).isEqualTo("lab");
    assertThat(adminGet("/api/v1/sources").body()).doesNotContain("s3cr3t-token");

    Answer put = send(HttpRequest.newBuilder(URI.create(url("/api/v1/sources/" + id))).header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + TOKEN).PUT(HttpRequest.BodyPublishers.ofString(
            "{\"name\":\"private dataverse\",\"url\":\"http://127.0.0.1:9\",\"apiToken\":\"(set)\",\"subtree\":\"lab2\"}")));
    assertThat(put.status()).as(put.body()).isEqualTo(200);
    assertThat(store.find(id).orElseThrow().settings()).containsEntry("apiToken", "s3cr3t-token").containsEntry("subtree", "lab2");
    Answer page = send(HttpRequest.newBuilder(URI.create(url("/admin/sources/" + id + "/edit")))
        .header("Cookie", "moisson-admin=" + TOKEN).GET());
    assertThat(page.body()).contains("apiToken=(set)").doesNotContain("s3cr3t-token");
  }
}
