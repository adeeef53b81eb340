package org.moisson.api.oaipmh;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.moisson.support.AppTest;
import org.moisson.support.DemoSources;
import org.moisson.support.LocalOaiPmhProvider;
import org.moisson.support.RealSources;
import org.moisson.xml.Dom;
import org.moisson.xml.SafeXml;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;

/** The OAI-PMH provider over real HTTP: every verb and every error, each answer validated by OAI-PMH.xsd. */
class OaiPmhProviderTest extends AppTest {

  private Element oai(String query) {
    Answer a = get("/oai?" + query);
    assertThat(a.status()).as(query).isEqualTo(200);
    assertThat(a.contentType()).startsWith("text/xml");
    OaiSchemas.assertValid(a.body());
    return SafeXml.parse(a.body()).getDocumentElement();
  }

  private static String errorCode(Element root) {
    Element e = Dom.child(root, "error");
    return e == null ? null : Dom.attr(e, "code");
  }

  private long sourceId(String name) {
    for (JsonNode s : adminGet("/api/v1/sources").json()) {
      if (s.get("name").asString().equals(name)) return s.get("id").asLong();
    }
    throw new AssertionError("no source " + name);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** Every header of a list, following resumption tokens; each page validated. */
  private List<Element> listAll(String verb, String args, int[] pages) {
    List<Element> items = new ArrayList<>();
    String query = "verb=" + verb + "&" + args;
    long expectedCursor = 0;
    while (true) {
      Element root = oai(query);
      assertThat(errorCode(root)).as(query).isNull();
      Element list = Dom.child(root, verb);
      List<Element> got = Dom.children(list, verb.equals("ListRecords") ? "record" : "header");
      items.addAll(got);
      pages[0]++;
      Element token = Dom.child(list, "resumptionToken");
      if (token == null) return items;
      assertThat(Long.parseLong(Dom.attr(token, "cursor"))).isEqualTo(expectedCursor);
      expectedCursor += got.size();
      String t = Dom.text(token);
      if (t == null || t.isBlank()) {
        assertThat(Long.parseLong(Dom.attr(token, "completeListSize"))).isEqualTo(items.size());
        return items;
      }
      query = "verb=" + verb + "&resumptionToken=" + enc(t);
    }
  }

  @Test
  void identifyFormatsAndSets() {
    DemoSources.load(this);
    Element id = Dom.child(oai("verb=Identify"), "Identify");
    assertThat(Dom.text(id, "baseURL")).isEqualTo(url("/oai"));
    assertThat(Dom.text(id, "deletedRecord")).isEqualTo("persistent");
    assertThat(Dom.text(id, "granularity")).isEqualTo("YYYY-MM-DDThh:mm:ssZ");
    Element formats = Dom.child(oai("verb=ListMetadataFormats"), "ListMetadataFormats");
    assertThat(Dom.descendants(formats, "metadataPrefix").stream().map(Dom::text)).containsExactly("oai_dc", "oai_datacite");
    Element sets = Dom.child(oai("verb=ListSets"), "ListSets");
    List<String> specs = Dom.descendants(sets, "setSpec").stream().map(Dom::text).toList();
    assertThat(specs).contains("source:" + sourceId(DemoSources.PREFIX + "demo-aeris"), "theme:solid-earth");
    // POST is the same protocol.
    Answer post = send(HttpRequest.newBuilder(URI.create(url("/oai"))).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("verb=Identify")));
    OaiSchemas.assertValid(post.body());
    assertThat(post.body()).contains("<repositoryName>");
  }

  @Test
  void listsEverySetInPagesInBothFormats() {
    List<String> demo = DemoSources.load(this);
    Set<String> all = new HashSet<>();
    int[] pages = {0};
    for (String name : demo) {
      long source = sourceId(name);
      List<Element> headers = listAll("ListIdentifiers", "metadataPrefix=oai_dc&set=source:" + source, pages);
      List<Element> dc = listAll("ListRecords", "metadataPrefix=oai_dc&set=source:" + source, new int[1]);
      List<Element> datacite = listAll("ListRecords", "metadataPrefix=oai_datacite&set=source:" + source, new int[1]);
      assertThat(dc).hasSameSizeAs(headers);
      assertThat(datacite).hasSameSizeAs(headers);
      headers.forEach(h -> all.add(Dom.text(h, "identifier")));
      headers.forEach(h -> assertThat(Dom.children(h, "setSpec").stream().map(Dom::text)).contains("source:" + source));
    }
    assertThat(all).hasSize(40);
    assertThat(pages[0]).as("some source needs several pages of 7").isGreaterThan(demo.size());
    List<Element> theme = listAll("ListIdentifiers", "metadataPrefix=oai_datacite&set=theme:solid-earth", new int[1]);
    assertThat(theme).isNotEmpty()
        .allMatch(h -> Dom.children(h, "setSpec").stream().map(Dom::text).anyMatch("theme:solid-earth"::equals));
    // Theme sets follow the classification: a sub-domain's datasets (matched by their GCMD keywords,
    // whatever themes their source declared) are in the sets of its ancestors too.
    List<Element> aerosols = listAll("ListIdentifiers", "metadataPrefix=oai_dc&set=theme:aerosols", new int[1]);
    List<String> atmosphere = listAll("ListIdentifiers", "metadataPrefix=oai_dc&set=theme:atmosphere", new int[1])
        .stream().map(h -> Dom.text(h, "identifier")).toList();
    assertThat(aerosols).isNotEmpty().allMatch(h -> atmosphere.contains(Dom.text(h, "identifier")))
        .allMatch(h -> Dom.children(h, "setSpec").stream().map(Dom::text).toList().containsAll(List.of("theme:aerosols", "theme:atmosphere")));
    assertThat(atmosphere).hasSizeGreaterThan(aerosols.size());
  }

  @Test
  void realRecordsAreValidDataCiteKernel4() {
    for (String name : RealSources.load(this)) {
      List<Element> records = listAll("ListRecords", "metadataPrefix=oai_datacite&set=source:" + sourceId(name), new int[1]);
      assertThat(records).as(name).isNotEmpty();
      listAll("ListRecords", "metadataPrefix=oai_dc&set=source:" + sourceId(name), new int[1]);
    }
  }

  @Test
  void getRecordAndTimeWindows() {
    List<String> demo = DemoSources.load(this);
    long source = sourceId(demo.get(0));
    Element header = Dom.descendants(oai("verb=ListIdentifiers&metadataPrefix=oai_dc&set=source:" + source), "header").get(0);
    String identifier = Dom.text(header, "identifier");
    Element dc = oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + enc(identifier));
    assertThat(Dom.descendants(dc, "title")).isNotEmpty();
    Element datacite = oai("verb=GetRecord&metadataPrefix=oai_datacite&identifier=" + enc(identifier));
    assertThat(Dom.text(Dom.descendants(datacite, "identifier").get(1))).startsWith("10.5072/");
    oai("verb=ListMetadataFormats&identifier=" + enc(identifier));

    String datestamp = Dom.text(header, "datestamp");
    String day = datestamp.substring(0, 10);
    assertThat(listAll("ListIdentifiers", "metadataPrefix=oai_dc&from=" + day + "&set=source:" + source, new int[1])).isNotEmpty();
    assertThat(listAll("ListIdentifiers", "metadataPrefix=oai_dc&from=" + datestamp + "&until=" + datestamp
        + "&set=source:" + source, new int[1])).isNotEmpty();
    String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(2).toString();
    assertThat(errorCode(oai("verb=ListIdentifiers&metadataPrefix=oai_dc&from=" + tomorrow))).isEqualTo("noRecordsMatch");
    assertThat(errorCode(oai("verb=ListRecords&metadataPrefix=oai_dc&until=2001-01-01"))).isEqualTo("noRecordsMatch");
  }

  @Test
  void answersEveryErrorCodeValidly() {
    DemoSources.load(this);
    String[][] cases = {
        {"", "badVerb"}, {"verb=Frobnicate", "badVerb"}, {"verb=Identify&verb=Identify", "badVerb"},
        {"verb=Identify&colour=blue", "badArgument"}, {"verb=GetRecord&identifier=oai:moisson:x", "badArgument"},
        {"verb=ListRecords", "badArgument"}, {"verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=oai_dc", "badArgument"},
        {"verb=ListRecords&metadataPrefix=oai_dc&from=yesterday", "badArgument"},
        {"verb=ListRecords&metadataPrefix=oai_dc&from=2020-01-01&until=2021-01-01T00:00:00Z", "badArgument"},
        {"verb=ListRecords&metadataPrefix=oai_dc&from=2021-01-01&until=2020-01-01", "badArgument"},
        {"verb=ListRecords&metadataPrefix=oai_dc&set=nonsense%20set", "badArgument"},
        {"verb=ListRecords&resumptionToken=abc&metadataPrefix=oai_dc", "badArgument"},
        {"verb=ListRecords&resumptionToken=bm90IGEgdG9rZW4", "badResumptionToken"},
        {"verb=ListSets&resumptionToken=x", "badResumptionToken"},
        {"verb=ListRecords&metadataPrefix=marc21", "cannotDisseminateFormat"},
        {"verb=GetRecord&metadataPrefix=iso19139&identifier=oai:moisson:x", "cannotDisseminateFormat"},
        {"verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:moisson:nope", "idDoesNotExist"},
        {"verb=ListMetadataFormats&identifier=oai:elsewhere:1", "idDoesNotExist"},
        {"verb=ListRecords&metadataPrefix=oai_dc&set=theme:no-such-theme", "noRecordsMatch"},
        {"verb=ListIdentifiers&metadataPrefix=oai_dc&set=source:999999", "noRecordsMatch"}};
    for (String[] c : cases) {
      Element root = oai(c[0]);
      assertThat(errorCode(root)).as(c[0]).isEqualTo(c[1]);
      Element request = Dom.child(root, "request");
      if (c[1].equals("badVerb") || c[1].equals("badArgument")) assertThat(request.hasAttributes()).as(c[0]).isFalse();
    }
    // A token of one verb does not continue another list.
    Element first = oai("verb=ListIdentifiers&metadataPrefix=oai_dc");
    String token = Dom.text(Dom.descendants(first, "resumptionToken").get(0));
    assertThat(errorCode(oai("verb=ListRecords&resumptionToken=" + enc(token)))).isEqualTo("badResumptionToken");
  }

  @Test
  void deletedRecordsStayAsTombstonesInTheirSets() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    try (LocalOaiPmhProvider provider = new LocalOaiPmhProvider(10)) {
      for (int i = 1; i <= 3; i++) {
        provider.put("oai:gone:" + i, """
            <resource xmlns="http://datacite.org/schema/kernel-4"><identifier identifierType="DOI">10.5072/gone-%s-%d</identifier>
            <creators><creator><creatorName>Doe, Jane</creatorName></creator></creators>
            <titles><title>Mesure %d &amp; &lt;test&gt; %s</title></titles><publisher>Lab</publisher>
            <publicationYear>2020</publicationYear><resourceType resourceTypeGeneral="Dataset"/></resource>"""
            .formatted(tag, i, i, tag));
      }
      long source = createSource("""
          {"name":"Going away %s","protocol":"oai-pmh","url":"%s"}""".formatted(tag, provider.url()));
      assertThat(harvest(source, true).get("created").asInt()).isEqualTo(3);
      Element live = oai("verb=ListRecords&metadataPrefix=oai_dc&set=source:" + source);
      assertThat(Dom.descendants(live, "title").stream().map(Dom::text)).contains("Mesure 1 & <test> " + tag);
      Answer deleted = send(HttpRequest.newBuilder(URI.create(url("/api/v1/sources/" + source)))
          .header("Authorization", "Bearer " + TOKEN).DELETE());
      assertThat(deleted.status()).isLessThan(300);
      List<Element> headers = listAll("ListIdentifiers", "metadataPrefix=oai_datacite&set=source:" + source, new int[1]);
      assertThat(headers).hasSize(3).allMatch(h -> "deleted".equals(h.getAttribute("status")));
      List<Element> records = listAll("ListRecords", "metadataPrefix=oai_dc&set=source:" + source, new int[1]);
      assertThat(records).hasSize(3).allMatch(r -> Dom.child(r, "metadata") == null);
      String identifier = Dom.text(headers.get(0), "identifier");
      Element one = oai("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + enc(identifier));
      assertThat(Dom.descendants(one, "header").get(0).getAttribute("status")).isEqualTo("deleted");
      assertThat(errorCode(oai("verb=ListMetadataFormats&identifier=" + enc(identifier)))).isEqualTo("noMetadataFormats");
    }
  }
}
