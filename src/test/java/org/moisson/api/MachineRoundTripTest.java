package org.moisson.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.moisson.record.BoundingBox;
import org.moisson.record.Dataset;
import org.moisson.record.DatasetJson;
import org.moisson.record.Identifier;
import org.moisson.record.Keyword;
import org.moisson.store.DatasetStore;
import org.moisson.support.AppTest;
import org.moisson.support.DemoSources;
import org.moisson.support.LocalOaiPmhProvider;
import org.moisson.support.SecondApp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A second Moisson harvests this one through its machine interfaces, with its own DCAT and OAI-PMH
 * harvesters, and gets every dataset back with the same titles, identifiers, keywords, spatial and
 * temporal coverage: DCAT-AP in Turtle and JSON-LD over Hydra pages, OAI-PMH in oai_datacite and
 * oai_dc over resumption tokens, and deletions told by OAI-PMH.
 */
class MachineRoundTripTest extends AppTest {
  private static SecondApp second;

  @Autowired
  private DatasetStore datasets;

  @BeforeAll
  static void startSecond() {
    second = new SecondApp();
  }

  @AfterAll
  static void stopSecond() {
    if (second != null) second.close();
  }

  private String demoParams() {
    return DemoSources.load(this).stream().map(n -> "source=" + URLEncoder.encode(n, StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private long sourceId(String name) {
    for (JsonNode s : adminGet("/api/v1/sources").json()) if (s.get("name").asString().equals(name)) return s.get("id").asLong();
    throw new AssertionError(name);
  }

  /** The demo datasets here, by DOI. */
  private Map<String, Dataset> demoByDoi() {
    Map<String, Dataset> out = new HashMap<>();
    JsonNode items = get("/api/v1/datasets?size=100&" + demoParams()).json().get("items");
    for (JsonNode i : items) {
      Dataset d = DatasetJson.read(datasets.find(i.get("id").asString()).orElseThrow().json());
      out.put(d.doi(), d);
    }
    assertThat(out).hasSize(40);
    return out;
  }

  /** What the second Moisson mapped from one of its sources, by DOI. */
  private Map<String, Dataset> harvestedByDoi(long source) {
    JdbcTemplate jdbc = second.bean(JdbcTemplate.class);
    Map<String, Dataset> out = new HashMap<>();
    jdbc.query("select mapped::text from record where source_id = ? and not deleted and mapped is not null",
        rs -> {
          Dataset d = DatasetJson.read(rs.getString(1));
          out.put(d.doi(), d);
        }, source);
    return out;
  }

  private static List<String> boxes(Dataset d) {
    List<String> out = new ArrayList<>();
    for (BoundingBox b : d.spatial().boxes()) {
      if (b.crossesAntimeridian()) {
        out.add(new BoundingBox(b.west(), b.south(), 180, b.north()).toString());
        out.add(new BoundingBox(-180, b.south(), b.east(), b.north()).toString());
      } else {
        out.add(b.toString());
      }
    }
    return out;
  }

  private static void assertSame(Dataset original, Dataset back, String how, boolean splitsBoxes) {
    String doi = original.doi();
    assertThat(back).as(how + " " + doi).isNotNull();
    assertThat(back.titles()).as(how + " titles " + doi).containsExactlyInAnyOrderElementsOf(original.titles());
    assertThat(back.identifiers().stream().map(Identifier::key).toList()).as(how + " identifiers " + doi)
        .containsAll(original.identifiers().stream().map(Identifier::key).toList());
    assertThat(back.keywords().stream().map(Keyword::label).toList()).as(how + " keywords " + doi)
        .containsAll(original.keywords().stream().map(Keyword::label).toList());
    List<String> expectedBoxes = splitsBoxes ? boxes(original) : original.spatial().boxes().stream().map(BoundingBox::toString).toList();
    assertThat(back.spatial().boxes().stream().map(BoundingBox::toString).toList()).as(how + " boxes " + doi)
        .containsExactlyInAnyOrderElementsOf(expectedBoxes);
    assertThat(back.spatial().points()).as(how + " points " + doi).containsAll(original.spatial().points());
    assertThat(back.temporal()).as(how + " temporal " + doi).containsExactlyInAnyOrderElementsOf(original.temporal());
  }

  @Test
  void dcatInTurtleAndJsonLdOverHydraPages() {
    Map<String, Dataset> here = demoByDoi();
    for (String[] c : new String[][] {{"catalog.ttl", "7"}, {"catalog.jsonld", "9"}}) {
      long source = second.createSource("""
          {"name":"Moisson DCAT %s","protocol":"dcat","url":"%s"}""".formatted(c[0], url("/" + c[0] + "?size=" + c[1] + "&" + demoParams())));
      JsonNode run = second.harvest(source, true);
      assertThat(run.get("status").asString()).as(run.toString()).isEqualTo("SUCCEEDED");
      assertThat(run.get("created").asInt()).isEqualTo(40);
      assertThat(run.get("pages").asInt()).isEqualTo((40 + Integer.parseInt(c[1]) - 1) / Integer.parseInt(c[1]));
      Map<String, Dataset> back = harvestedByDoi(source);
      assertThat(back.keySet()).containsExactlyInAnyOrderElementsOf(here.keySet());
      here.forEach((doi, d) -> assertSame(d, back.get(doi), c[0], true));
    }
  }

  @Test
  void oaiPmhInBothFormatsOverResumptionTokens() {
    Map<String, Dataset> here = demoByDoi();
    for (String prefix : List.of("oai_datacite", "oai_dc")) {
      Map<String, Dataset> back = new HashMap<>();
      for (String name : DemoSources.load(this)) {
        long source = second.createSource("""
            {"name":"Moisson OAI %s %s","protocol":"oai-pmh","url":"%s","metadataPrefix":"%s","set":"source:%d"}"""
            .formatted(prefix, name, url("/oai"), prefix, sourceId(name)));
        JsonNode run = second.harvest(source, true);
        assertThat(run.get("status").asString()).as(run.toString()).isEqualTo("SUCCEEDED");
        back.putAll(harvestedByDoi(source));
      }
      assertThat(back.keySet()).containsExactlyInAnyOrderElementsOf(here.keySet());
      here.forEach((doi, d) -> assertSame(d, back.get(doi), prefix, false));
    }
    // The whole repository, every page, without a set: as many records as the provider lists.
    long all = second.createSource("""
        {"name":"Moisson OAI everything","protocol":"oai-pmh","url":"%s","metadataPrefix":"oai_datacite"}""".formatted(url("/oai")));
    JsonNode run = second.harvest(all, true);
    assertThat(run.get("status").asString()).as(run.toString()).isIn("SUCCEEDED", "PARTIAL");
    assertThat(run.get("failed").asInt()).as(run.toString()).isZero();
    assertThat(run.get("pages").asInt()).isGreaterThan(5);
    assertThat(run.get("created").asLong()).isEqualTo(datasets.liveCount());
  }

  @Test
  void deletionsTravelByOaiPmh() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    try (LocalOaiPmhProvider provider = new LocalOaiPmhProvider(10)) {
      for (int i = 1; i <= 9; i++) {
        provider.put("oai:rt:" + i, """
            <resource xmlns="http://datacite.org/schema/kernel-4"><identifier identifierType="DOI">10.5072/rt-%s-%d</identifier>
            <creators><creator><creatorName>Doe, Jane</creatorName></creator></creators>
            <titles><title>Série %d</title></titles><publisher>Lab</publisher>
            <publicationYear>2021</publicationYear><resourceType resourceTypeGeneral="Dataset"/></resource>""".formatted(tag, i, i));
      }
      long here = createSource("""
          {"name":"Round trip %s","protocol":"oai-pmh","url":"%s"}""".formatted(tag, provider.url()));
      assertThat(harvest(here, true).get("created").asInt()).isEqualTo(9);
      long there = second.createSource("""
          {"name":"Moisson set %s","protocol":"oai-pmh","url":"%s","set":"source:%d"}""".formatted(tag, url("/oai"), here));
      JsonNode first = second.harvest(there, false);
      assertThat(first.get("created").asInt()).as(first.toString()).isEqualTo(9);
      assertThat(first.get("pages").asInt()).isEqualTo(2);

      sleep(1100);
      provider.delete("oai:rt:2");
      provider.delete("oai:rt:5");
      assertThat(harvest(here, false).get("deleted").asInt()).isEqualTo(2);
      JsonNode second = MachineRoundTripTest.second.harvest(there, false);
      assertThat(second.get("incremental").asBoolean()).isTrue();
      assertThat(second.get("deleted").asInt()).as(second.toString()).isEqualTo(2);
      assertThat(harvestedByDoi(there)).hasSize(7).doesNotContainKeys("10.5072/rt-" + tag + "-2", "10.5072/rt-" + tag + "-5");
    }
  }

  @Test
  void anEmptyRepositoryListsTheThemeSetsAndNoRecord() throws Exception {
    try (SecondApp empty = new SecondApp()) {
      String body = empty.get("/oai?verb=ListSets");
      // The theme scheme is always there, so its sets are, before any source.
      assertThat(body).contains("<setSpec>theme:atmosphere</setSpec>", "<setSpec>theme:aerosols</setSpec>")
          .doesNotContain("source:", "noSetHierarchy");
      org.moisson.api.oaipmh.OaiAnswers.assertValid(body);
      assertThat(empty.get("/oai?verb=ListRecords&metadataPrefix=oai_dc")).contains("code=\"noRecordsMatch\"");
      assertThat(empty.get("/oai?verb=ListRecords&metadataPrefix=oai_dc&set=theme:oceans")).contains("code=\"noRecordsMatch\"");
      // Under the part size, the sitemap is one urlset (here an empty one).
      assertThat(empty.get("/sitemap.xml")).contains("<urlset").doesNotContain("<url>");
    }
  }
}
