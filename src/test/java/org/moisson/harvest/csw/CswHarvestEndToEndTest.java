package org.moisson.harvest.csw;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.moisson.mapping.GoldenFiles;
import org.moisson.support.AppTest;
import org.moisson.support.LocalCswServer;
import org.moisson.xml.Dom;
import tools.jackson.databind.JsonNode;

/**
 * The 18 ISO 19139 records of pycsw's APISO suite harvested through the admin API from a CSW
 * catalogue on 127.0.0.1, in pages of five: all created and searchable; a second (incremental) run
 * asks for what was modified and changes nothing; a record the catalogue drops is deleted by the
 * next full harvest.
 */
class CswHarvestEndToEndTest extends AppTest {

  private JsonNode search(String sourceName, String extra) {
    return get("/api/v1/datasets?size=100&source=" + URLEncoder.encode(sourceName, StandardCharsets.UTF_8) + extra).json();
  }

  @Test
  void harvestsTheEighteenIsoRecordsThenNothingChangesThenADeletion() throws Exception {
    try (LocalCswServer csw = new LocalCswServer()) {
      for (Path p : CswHarvesterTest.apisoRecords()) csw.add(GoldenFiles.read(p));
      String name = "CSW catalogue " + UUID.randomUUID();
      long source = createSource("""
          {"name":"%s","protocol":"csw","url":"%s","pageSize":"5"}""".formatted(name, csw.url()));

      JsonNode first = harvest(source, false);
      assertThat(first.get("status").asString()).as(first.toString()).isEqualTo("SUCCEEDED");
      assertThat(first.get("created").asInt()).isEqualTo(18);
      assertThat(first.get("pages").asInt()).isEqualTo(4);
      assertThat(first.get("failed").asInt()).isZero();
      assertThat(search(name, "").get("total").asLong()).isEqualTo(18);
      JsonNode pacioos = search(name, "&q=" + URLEncoder.encode("Pohnpei", StandardCharsets.UTF_8));
      assertThat(pacioos.get("total").asLong()).isEqualTo(1);
      assertThat(search(name, "&type=Service").get("total").asLong()).isEqualTo(1);
      assertThat(search(name, "&bbox=21,39,22,40").get("total").asLong()).isPositive();

      JsonNode again = harvest(source, false);
      assertThat(again.get("status").asString()).as(again.toString()).isEqualTo("SUCCEEDED");
      assertThat(again.get("incremental").asBoolean()).isTrue();
      assertThat(again.get("unchanged").asInt()).isEqualTo(18);
      assertThat(again.get("created").asInt() + again.get("updated").asInt() + again.get("deleted").asInt()).isZero();
      LocalCswServer.Constraint modified = csw.constraints().get(csw.constraints().size() - 1);
      assertThat(Dom.text(modified.filter(), "PropertyName")).isEqualTo("Modified");

      csw.removeContaining("437ae0a2-06e2-4015-b296-a66e7f407bf2");
      JsonNode full = harvest(source, true);
      assertThat(full.get("status").asString()).as(full.toString()).isEqualTo("SUCCEEDED");
      assertThat(full.get("incremental").asBoolean()).isFalse();
      assertThat(full.get("unchanged").asInt()).isEqualTo(17);
      assertThat(full.get("deleted").asInt()).isEqualTo(1);
      assertThat(search(name, "").get("total").asLong()).isEqualTo(17);
    }
  }

  /** Settings as a person pastes them: a GetCapabilities URL, GET, a CQL constraint; then the catalogue refuses. */
  @Test
  void aCatalogueThatAnswersAnExceptionFailsTheRunWithItsText() {
    try (LocalCswServer csw = new LocalCswServer()) {
      csw.add(GoldenFiles.read(GoldenFiles.fixture("csw/pycsw/apiso/data/3e9a8c05.xml")));
      String name = "CSW refusing " + UUID.randomUUID();
      long source = createSource("""
          {"name":"%s","protocol":"csw","url":"%s","constraint":"AnyText like '%%test%%'","method":"get"}"""
          .formatted(name, csw.url() + "?service=CSW&request=GetCapabilities"));
      JsonNode run = harvest(source, false);
      assertThat(run.get("status").asString()).as(run.toString()).isEqualTo("SUCCEEDED");
      assertThat(run.get("created").asInt()).isEqualTo(1);
      assertThat(csw.requests().get(0).query()).containsEntry("request", "GetRecords")
          .containsEntry("constraintLanguage", "CQL_TEXT").containsEntry("constraint", "AnyText like '%test%'");

      csw.refuse(GoldenFiles.read(GoldenFiles.fixture("csw/pycsw/default/expected/post_GetRecords-filter-function-bad.xml")));
      JsonNode refused = harvest(source, true);
      assertThat(refused.get("status").asString()).isEqualTo("FAILED");
      assertThat(refused.get("message").asString()).contains("InvalidParameterValue").contains("Invalid ogc:Function: foo");
      assertThat(search(name, "").get("total").asLong()).as("a failed full harvest deletes nothing").isEqualTo(1);
    }
  }

  @Test
  void badSettingsAreA400() {
    Answer a = adminPost("/api/v1/sources", """
        {"name":"x","protocol":"csw","url":"https://example.org/csw","constraint":"a = 1","filter":"<ogc:PropertyIsNull/>"}""");
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.json().get("message").asString()).contains("constraint and filter");
  }
}
