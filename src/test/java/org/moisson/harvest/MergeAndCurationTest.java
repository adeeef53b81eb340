package org.moisson.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.moisson.support.AppTest;
import org.moisson.support.LocalOaiPmhProvider;
import tools.jackson.databind.JsonNode;

/** The same dataset from several sources is one dataset; curators' corrections survive re-harvests. */
class MergeAndCurationTest extends AppTest {

  private Answer put(String path, String json, boolean withToken) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json));
    if (withToken) b.header("Authorization", "Bearer " + TOKEN);
    return send(b);
  }

  private Answer delete(String path) {
    return send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Bearer " + TOKEN).DELETE());
  }

  @Test
  void recordsSharingAHandleBecomeOneDatasetWithFieldsByPriority() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String handle = "1902.1/" + tag;
    try (LocalOaiPmhProvider repo = new LocalOaiPmhProvider(5); LocalOaiPmhProvider aggregator = new LocalOaiPmhProvider(5)) {
      // The repository gives a DOI and the handle, no abstract; the aggregator only the handle, with an abstract.
      repo.put("oai:r:1", HarvestEndToEndTest.datacite("10.5072/merge-" + tag, "Titre à la source " + tag, tag)
          .replace("</resource>", "<alternateIdentifiers><alternateIdentifier alternateIdentifierType=\"Handle\">hdl:" + handle
              + "</alternateIdentifier></alternateIdentifiers></resource>"));
      aggregator.put("oai:a:1", ("<resource xmlns=\"http://datacite.org/schema/kernel-4\"><identifier identifierType=\"Handle\">"
          + handle + "</identifier><creators><creator><creatorName>Agrégateur</creatorName></creator></creators><titles><title>Titre moissonné "
          + tag + "</title></titles><publisher>Agg</publisher><publicationYear>2020</publicationYear>"
          + "<descriptions><description descriptionType=\"Abstract\">Résumé venu de l'agrégateur</description></descriptions></resource>"));
      long sourceRepo = createSource("{\"name\":\"repository " + tag + "\",\"protocol\":\"oai-pmh\",\"url\":\"" + repo.url() + "\",\"priority\":10}");
      long sourceAgg = createSource("{\"name\":\"aggregator " + tag + "\",\"protocol\":\"oai-pmh\",\"url\":\"" + aggregator.url() + "\",\"priority\":50}");
      harvest(sourceAgg, false);
      harvest(sourceRepo, false);
      JsonNode found = get("/api/v1/datasets?q=" + tag).json();
      assertThat(found.get("total").asLong()).isEqualTo(1);
      JsonNode item = found.get("items").get(0);
      assertThat(item.get("title").asString()).isEqualTo("Titre à la source " + tag);
      assertThat(item.get("description").asString()).isEqualTo("Résumé venu de l'agrégateur");
      assertThat(item.get("sources")).hasSize(2);
      JsonNode full = get("/api/v1/datasets/" + item.get("id").asString()).json();
      assertThat(full.get("provenance")).hasSize(2);

      // The aggregator is given the better priority, and a new name: the dataset is merged again at once.
      String aggUrl = ",\"url\":\"" + aggregator.url() + "\"";
      Answer changed = put("/api/v1/sources/" + sourceAgg, "{\"name\":\"aggregator renamed " + tag + "\"" + aggUrl
          + ",\"priority\":5,\"schedule\":\"0 4 * * *\"}", true);
      assertThat(changed.status()).as(changed.body()).isEqualTo(200);
      assertThat(changed.json().get("priority").asInt()).isEqualTo(5);
      assertThat(changed.json().get("settings").get("schedule").asString()).isEqualTo("0 4 * * *");
      JsonNode remerged = get("/api/v1/datasets?q=" + tag).json();
      assertThat(remerged.get("items").get(0).get("title").asString()).isEqualTo("Titre moissonné " + tag);
      assertThat(remerged.get("facets").get("source").toString()).contains("aggregator renamed " + tag)
          .doesNotContain("\"aggregator " + tag);

      assertThat(put("/api/v1/sources/" + sourceAgg, "{\"name\":\"x\",\"protocol\":\"csw\"" + aggUrl + "}", true).json()
          .get("message").asString()).contains("protocol of a source cannot change");
      assertThat(put("/api/v1/sources/" + sourceAgg, "{\"name\":\"x\",\"url\":\"ftp://x\"}", true).status()).isEqualTo(400);
      assertThat(put("/api/v1/sources/" + sourceAgg, "{\"name\":\"x\"" + aggUrl + "}", false).status()).isEqualTo(401);
      assertThat(put("/api/v1/sources/999999", "{\"name\":\"x\"" + aggUrl + "}", true).status()).isEqualTo(404);
    }
  }

  @Test
  void aCorrectionSurvivesReHarvestsUntilReverted() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    try (LocalOaiPmhProvider oai = new LocalOaiPmhProvider(5)) {
      oai.put("oai:c:1", HarvestEndToEndTest.datacite("10.5072/cur-" + tag, "Titre avec fote " + tag, tag));
      long source = createSource("{\"name\":\"curated " + tag + "\",\"protocol\":\"oai-pmh\",\"url\":\"" + oai.url() + "\"}");
      harvest(source, false);
      String id = get("/api/v1/datasets?q=" + tag).json().get("items").get(0).get("id").asString();
      String fix = "{\"titles\":[{\"lang\":\"fr\",\"value\":\"Titre corrigé " + tag + "\"}]}";
      assertThat(put("/api/v1/datasets/" + id + "/curation", fix, false).status()).isEqualTo(401);
      Answer ok = put("/api/v1/datasets/" + id + "/curation", fix, true);
      assertThat(ok.status()).as(ok.body()).isEqualTo(200);
      assertThat(get("/api/v1/datasets/" + id).json().get("titles").get(0).get("value").asString()).isEqualTo("Titre corrigé " + tag);
      assertThat(get("/api/v1/datasets?q=" + URLEncoder.encode("corrigé " + tag, StandardCharsets.UTF_8)).json().get("total").asLong())
          .isEqualTo(1);

      // The source changes the record and is harvested again, fully: the correction holds.
      sleep(1100);
      oai.put("oai:c:1", HarvestEndToEndTest.datacite("10.5072/cur-" + tag, "Titre avec fote, version 2 " + tag, tag + " nouveau"));
      assertThat(harvest(source, true).get("updated").asInt()).isEqualTo(1);
      JsonNode after = get("/api/v1/datasets/" + id).json();
      assertThat(after.get("titles").get(0).get("value").asString()).isEqualTo("Titre corrigé " + tag);
      assertThat(after.get("keywords").toString()).contains("nouveau");

      assertThat(put("/api/v1/datasets/" + id + "/curation", "{\"colour\":\"blue\"}", true).status()).isEqualTo(400);
      assertThat(put("/api/v1/datasets/" + id + "/curation", "{\"spatial\":{\"boxes\":[{\"west\":500,\"south\":0,\"east\":1,\"north\":1}]}}", true)
          .status()).isEqualTo(400);
      assertThat(adminGet("/api/v1/datasets/" + id + "/curation").json().has("titles")).isTrue();

      assertThat(delete("/api/v1/datasets/" + id + "/curation/titles").status()).isEqualTo(204);
      assertThat(get("/api/v1/datasets/" + id).json().get("titles").get(0).get("value").asString())
          .isEqualTo("Titre avec fote, version 2 " + tag);
      assertThat(delete("/api/v1/datasets/" + id + "/curation/titles").status()).isEqualTo(404);
    }
  }
}
