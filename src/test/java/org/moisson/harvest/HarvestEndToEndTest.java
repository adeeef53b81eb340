package org.moisson.harvest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.moisson.mapping.GoldenFiles;
import org.moisson.store.RecordStore;
import org.moisson.support.AppTest;
import org.moisson.support.LocalOaiPmhProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A whole harvest through the admin API, from an OAI-PMH provider on 127.0.0.1 to the search API:
 * paging, a malformed record, incremental re-harvest with an update, a deletion and a new record,
 * the deletion diff of a full harvest, 409 on a concurrent run, and resuming after a crash.
 */
class HarvestEndToEndTest extends AppTest {
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  HarvestService harvests;
  @Autowired
  RecordStore records;

  /** A DataCite kernel-4 record with a title a search can find. */
  static String datacite(String doi, String title, String keyword) {
    return """
        <resource xmlns="http://datacite.org/schema/kernel-4">
          <identifier identifierType="DOI">%s</identifier>
          <creators><creator><creatorName nameType="Personal">Martin, Claire</creatorName>
            <givenName>Claire</givenName><familyName>Martin</familyName></creator></creators>
          <titles><title xml:lang="fr">%s</title></titles>
          <publisher>Test repository</publisher>
          <publicationYear>2021</publicationYear>
          <resourceType resourceTypeGeneral="Dataset">Measurements</resourceType>
          <subjects><subject>%s</subject></subjects>
          <geoLocations><geoLocation><geoLocationBox><westBoundLongitude>-5</westBoundLongitude>
            <eastBoundLongitude>8</eastBoundLongitude><southBoundLatitude>42</southBoundLatitude>
            <northBoundLatitude>51</northBoundLatitude></geoLocationBox></geoLocation></geoLocations>
        </resource>""".formatted(doi, title, keyword);
  }

  private JsonNode searchSource(String sourceName, String extra) {
    return get("/api/v1/datasets?size=100&source=" + URLEncoder.encode(sourceName, StandardCharsets.UTF_8) + extra).json();
  }

  @Test
  void harvestsPagesReportsAMalformedRecordAndCatchesUpIncrementally() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    try (LocalOaiPmhProvider oai = new LocalOaiPmhProvider(3)) {
      for (int i = 1; i <= 7; i++) {
        oai.put("oai:test:" + i, datacite("10.5072/e2e-" + tag + "-" + i, "Mesures de sol numéro " + i, "soil " + tag));
      }
      // A real DataCite record from the fixtures travels the same way.
      String real = GoldenFiles.read(GoldenFiles.fixture("datacite-dataverse/datacite/xml-kernel-4/example/datacite-example-full-v4.xml"))
          .replaceFirst("<\\?xml[^>]*\\?>", "");
      oai.put("oai:test:real", real);
      oai.put("oai:test:broken", "<resource xmlns=\"http://datacite.org/schema/kernel-4\"><identifier identifierType=\"DOI\">10.5072/broken-"
          + tag + "</identifier></resource>");
      String name = "E2E repository " + tag;
      long source = createSource("""
          {"name":"%s","protocol":"oai-pmh","url":"%s","metadataPrefix":"oai_datacite"}""".formatted(name, oai.url()));

      JsonNode first = harvest(source, false);
      assertThat(first.get("status").asString()).isEqualTo("PARTIAL");
      assertThat(first.get("created").asInt()).isEqualTo(8);
      assertThat(first.get("failed").asInt()).isEqualTo(1);
      assertThat(first.get("pages").asInt()).isEqualTo(3);
      JsonNode error = first.get("errors").get(0);
      assertThat(error.get("identifier").asString()).isEqualTo("oai:test:broken");
      assertThat(error.get("message").asString()).containsIgnoringCase("title");
      assertThat(error.get("url").asString()).contains("verb=GetRecord");
      assertThat(searchSource(name, "").get("total").asLong()).isEqualTo(8);
      assertThat(get("/api/v1/datasets?q=" + tag).json().get("total").asLong()).isEqualTo(7);

      // The raw payload is kept as served (stored deflated), under the hash it was compared by.
      String realId = jdbc.queryForObject("select dataset_id from record where source_id = ? and identifier = 'oai:test:real'",
          String.class, source);
      RecordStore.Raw raw = records.rawForDataset(realId).get(0);
      assertThat(raw.payload()).contains("<title xml:lang=\"en\">Example Title</title>").contains("<resource");
      assertThat(raw.hash()).isEqualTo(DatasetIds.sha256(raw.format() + "\n" + raw.payload()));
      assertThat(jdbc.queryForObject("select octet_length(payload_deflated) from record where source_id = ? "
          + "and identifier = 'oai:test:real'", Integer.class, source)).isLessThan(raw.payload().length() / 3);
      // A row stored before payloads were deflated (V7) keeps its text, read as it is.
      jdbc.update("update record set payload = ?, payload_deflated = null where source_id = ? and identifier = 'oai:test:real'",
          raw.payload(), source);
      assertThat(records.rawForDataset(realId).get(0).payload()).isEqualTo(raw.payload());

      // Nothing changed: everything is skipped by hash, nothing is re-created.
      sleep(1100);
      JsonNode idle = harvest(source, false);
      assertThat(idle.get("created").asInt() + idle.get("updated").asInt() + idle.get("deleted").asInt()).isZero();

      sleep(1100);
      oai.put("oai:test:2", datacite("10.5072/e2e-" + tag + "-2", "Humidité des sols révisée", "soil " + tag));
      oai.delete("oai:test:3");
      oai.put("oai:test:8", datacite("10.5072/e2e-" + tag + "-8", "Nouvelle série de mesures", "soil " + tag));
      JsonNode second = harvest(source, false);
      assertThat(second.get("incremental").asBoolean()).isTrue();
      assertThat(second.get("created").asInt()).isEqualTo(1);
      assertThat(second.get("updated").asInt()).isEqualTo(1);
      assertThat(second.get("deleted").asInt()).isEqualTo(1);
      assertThat(oai.requests().stream().filter(r -> r.query().containsKey("from")).count()).isGreaterThanOrEqualTo(2);

      JsonNode after = searchSource(name, "");
      assertThat(after.get("total").asLong()).isEqualTo(8);
      List<String> titles = after.get("items").valueStream().map(i -> i.get("title").asString()).toList();
      assertThat(titles).contains("Humidité des sols révisée", "Nouvelle série de mesures")
          .doesNotContain("Mesures de sol numéro 2", "Mesures de sol numéro 3");

      // A full harvest deletes what the provider stopped listing without saying so.
      oai.forget("oai:test:4");
      JsonNode full = harvest(source, true);
      assertThat(full.get("incremental").asBoolean()).isFalse();
      assertThat(full.get("deleted").asInt()).isEqualTo(1);
      assertThat(searchSource(name, "").get("total").asLong()).isEqualTo(7);
      assertThat(get("/api/v1/datasets?q=" + URLEncoder.encode("\"numéro 4\"", StandardCharsets.UTF_8) + "&source="
          + URLEncoder.encode(name, StandardCharsets.UTF_8)).json().get("total").asLong()).isZero();
    }
  }

  @Test
  void aSecondHarvestOfARunningSourceIsRefused() {
    try (LocalOaiPmhProvider oai = new LocalOaiPmhProvider(10)) {
      oai.put("oai:x:1", datacite("10.5072/conflict-" + UUID.randomUUID(), "Conflit", "x"));
      long source = createSource("{\"name\":\"conflict\",\"protocol\":\"oai-pmh\",\"url\":\"" + oai.url() + "\"}");
      oai.hold();
      Answer started = adminPost("/api/v1/sources/" + source + "/harvest", "");
      assertThat(started.status()).isEqualTo(202);
      Answer again = adminPost("/api/v1/sources/" + source + "/harvest", "");
      assertThat(again.status()).isEqualTo(409);
      assertThat(again.json().get("message").asString()).contains("already running");
      oai.open();
      assertThat(awaitRun(started.json().get("runId").asLong()).get("status").asString()).isEqualTo("SUCCEEDED");
    }
  }

  @Test
  void aRunInterruptedByACrashResumesFromItsCheckpoint() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    try (LocalOaiPmhProvider oai = new LocalOaiPmhProvider(2)) {
      for (int i = 1; i <= 6; i++) oai.put("oai:c:" + i, datacite("10.5072/crash-" + tag + "-" + i, "Reprise " + i, tag));
      long source = createSource("{\"name\":\"crash " + tag + "\",\"protocol\":\"oai-pmh\",\"url\":\"" + oai.url() + "\"}");
      // As a crash leaves it: a RUNNING run whose checkpoint says the first page was stored.
      Long runId = jdbc.queryForObject("insert into harvest_run(source_id, status, checkpoint, pages) "
          + "values (?, 'RUNNING', '2|', 1) returning id", Long.class, source);
      harvests.resumeInterrupted();
      JsonNode run = awaitRun(runId);
      assertThat(run.get("status").asString()).isEqualTo("SUCCEEDED");
      assertThat(run.get("resumed").asInt()).isEqualTo(1);
      assertThat(oai.requests().get(0).query()).containsEntry("resumptionToken", "2|");
      assertThat(run.get("created").asInt()).isEqualTo(4);
    }
  }

  @Test
  void theAdminApiNeedsTheToken() {
    assertThat(get("/api/v1/sources").status()).isEqualTo(401);
    assertThat(send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/api/v1/sources")))
        .header("Authorization", "Bearer wrong").GET()).status()).isEqualTo(401);
    assertThat(adminGet("/api/v1/sources").status()).isEqualTo(200);
  }

  @Test
  void aBadSourceIsA400ThatSaysWhy() {
    Answer unknown = adminPost("/api/v1/sources", "{\"name\":\"x\",\"protocol\":\"gopher\",\"url\":\"http://127.0.0.1/\"}");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().get("message").asString()).contains("gopher").contains("oai-pmh");
    Answer noUrl = adminPost("/api/v1/sources", "{\"name\":\"x\",\"protocol\":\"oai-pmh\"}");
    assertThat(noUrl.status()).isEqualTo(400);
    assertThat(noUrl.json().get("message").asString()).contains("url");
    assertThat(adminPost("/api/v1/sources", "{not json").status()).isEqualTo(400);
    assertThat(adminPost("/api/v1/sources", "{\"name\":\"x\",\"protocol\":\"oai-pmh\",\"url\":\"file:///etc/passwd\"}").status())
        .isEqualTo(400);
    assertThat(adminPost("/api/v1/sources/999999/harvest", "").status()).isEqualTo(404);
  }

  @Test
  void aSourceCanRestrictResourceTypesAndKeepsEveryOtherwise() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    try (LocalOaiPmhProvider oai = new LocalOaiPmhProvider(10)) {
      oai.put("oai:t:1", datacite("10.5072/types-" + tag + "-1", "Jeu de données " + tag, tag));
      oai.put("oai:t:2", datacite("10.5072/types-" + tag + "-2", "Logiciel " + tag, tag)
          .replace("resourceTypeGeneral=\"Dataset\"", "resourceTypeGeneral=\"Software\""));
      long all = createSource("{\"name\":\"all types " + tag + "\",\"protocol\":\"oai-pmh\",\"url\":\"" + oai.url() + "\"}");
      assertThat(harvest(all, false).get("created").asInt()).isEqualTo(2);
      long some = createSource("{\"name\":\"datasets only " + tag + "\",\"protocol\":\"oai-pmh\",\"url\":\"" + oai.url()
          + "\",\"types\":\"Dataset, Collection\"}");
      JsonNode run = harvest(some, false);
      assertThat(run.get("created").asInt()).isEqualTo(1);
      assertThat(run.get("skipped").asInt()).isEqualTo(1);
      assertThat(run.get("status").asString()).isEqualTo("SUCCEEDED");
    }
  }

  @Test
  void harvestsARealDcatCatalogueThroughThePipeline() {
    String turtle = GoldenFiles.read(GoldenFiles.fixture("dcat-ap/3.0.0-hvd/examples/example-ms_catalogue.ttl"));
    try (org.moisson.support.LocalHttpServer server = new org.moisson.support.LocalHttpServer(req ->
        new org.moisson.support.LocalHttpServer.Reply(200, "text/turtle; charset=utf-8",
            turtle.getBytes(StandardCharsets.UTF_8), java.util.Map.of()))) {
      String name = "DCAT catalogue " + UUID.randomUUID();
      long source = createSource("{\"name\":\"" + name + "\",\"protocol\":\"dcat\",\"url\":\"" + server.url("/catalogue.ttl") + "\"}");
      JsonNode run = harvest(source, false);
      assertThat(run.get("status").asString()).as(run.toString()).isEqualTo("SUCCEEDED");
      assertThat(run.get("created").asInt()).isEqualTo(1);
      JsonNode found = searchSource(name, "");
      assertThat(found.get("items").get(0).get("title").asString()).isEqualTo("The population of bees");
      assertThat(harvest(source, false).get("unchanged").asInt()).isEqualTo(1);
    }
  }
}
