package org.moisson.api.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.moisson.support.AppTest;
import org.moisson.support.DemoSources;
import org.moisson.support.LocalOaiPmhProvider;
import tools.jackson.databind.JsonNode;

/** CSV and JSON export of searches, streamed in batches of 16 (the test setting) over real HTTP. */
class DatasetExportTest extends AppTest {

  private String demo() {
    return DemoSources.load(this).stream().map(n -> "source=" + URLEncoder.encode(n, StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  /** An RFC 4180 reader: quoted fields, doubled quotes, CRLF records, line breaks inside quotes. */
  static List<List<String>> parseCsv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') { cell.append('"'); i++; }
        else if (c == '"') quoted = false;
        else cell.append(c);
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        assertThat(c).as("bare line feed outside quotes at " + i).isNotEqualTo('\n');
        cell.append(c);
      }
    }
    assertThat(cell.length() + row.size()).as("the file ends with CRLF").isZero();
    return rows;
  }

  @Test
  void csvHasEveryHitInBatchesWithTheSearchFilters() {
    String demo = demo();
    Answer a = get("/api/v1/datasets/export.csv?" + demo);
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.contentType()).startsWith("text/csv");
    List<List<String>> rows = parseCsv(a.body());
    assertThat(rows.get(0)).containsExactly("id", "title", "doi", "landing_page", "publisher", "issued", "keywords",
        "licence", "bbox", "temporal", "sources", "url");
    assertThat(rows).hasSize(41).allMatch(r -> r.size() == 12);
    Set<String> ids = new HashSet<>();
    get("/api/v1/datasets?size=100&" + demo).json().get("items").forEach(i -> ids.add(i.get("id").asString()));
    assertThat(rows.subList(1, 41).stream().map(r -> r.get(0))).containsExactlyInAnyOrderElementsOf(ids);
    List<String> gnss = rows.stream().filter(r -> r.get(2).equals("10.5072/moisson.demo.solid-earth.001")).findFirst().orElseThrow();
    assertThat(gnss.get(8)).isEqualTo("-5.2,41.3,9.6,51.1");
    assertThat(gnss.get(6)).contains("GNSS; ");
    assertThat(gnss.get(10)).startsWith(DemoSources.PREFIX);
    assertThat(gnss.get(11)).isEqualTo(url("/datasets/" + gnss.get(0)));

    long recent = get("/api/v1/datasets?size=0&start=2020&" + demo).json().get("total").asLong();
    assertThat(parseCsv(get("/api/v1/datasets/export.csv?start=2020&" + demo).body())).hasSize((int) recent + 1);
    assertThat(parseCsv(get("/api/v1/datasets/export.csv?q=zzzxqy&" + demo).body())).hasSize(1);
  }

  @Test
  void jsonHasWholeDatasets() {
    String demo = demo();
    Answer a = get("/api/v1/datasets/export.json?" + demo);
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.contentType()).startsWith("application/json");
    JsonNode all = a.json();
    assertThat(all.isArray()).isTrue();
    assertThat(all).hasSize(40);
    for (JsonNode d : all) {
      assertThat(d.get("titles")).isNotEmpty();
      assertThat(d.get("sources").get(0).asString()).startsWith(DemoSources.PREFIX);
      assertThat(d.get("url").asString()).endsWith("/datasets/" + d.get("id").asString());
    }
  }

  @Test
  void hostileTextIsQuotedAndFormulasAreDisarmed() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    try (LocalOaiPmhProvider oai = new LocalOaiPmhProvider(10)) {
      oai.put("oai:x:1", """
          <resource xmlns="http://datacite.org/schema/kernel-4"><identifier identifierType="DOI">10.5072/csv-%s</identifier>
          <creators><creator><creatorName>Doe, Jane</creatorName></creator></creators>
          <titles><title>=HYPERLINK("http://evil.example","x") %s</title></titles><publisher>@Lab, "Quoted"</publisher>
          <publicationYear>2021</publicationYear><resourceType resourceTypeGeneral="Dataset"/>
          <subjects><subject>+cmd|' /C calc'!A0</subject><subject>a, "b"</subject></subjects></resource>""".formatted(tag, tag));
      long source = createSource("""
          {"name":"CSV hostile %s","protocol":"oai-pmh","url":"%s"}""".formatted(tag, oai.url()));
      harvest(source, true);
      String body = get("/api/v1/datasets/export.csv?q=" + tag).body();
      List<List<String>> rows = parseCsv(body);
      assertThat(rows).hasSize(2);
      List<String> r = rows.get(1);
      assertThat(r.get(1)).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"x\") " + tag);
      assertThat(r.get(4)).isEqualTo("'@Lab, \"Quoted\"");
      assertThat(r.get(6)).isEqualTo("'+cmd|' /C calc'!A0; a, \"b\"");
    }
  }

  @Test
  void aBadParameterIsA400() {
    for (String bad : List.of("bbox=1,2", "page=2", "size=10", "colour=red", "start=yesterday")) {
      Answer a = get("/api/v1/datasets/export.csv?" + bad);
      assertThat(a.status()).as(bad).isEqualTo(400);
      assertThat(a.json().get("message").asString()).isNotBlank();
    }
  }
}
