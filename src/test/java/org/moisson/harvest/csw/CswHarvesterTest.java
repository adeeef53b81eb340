package org.moisson.harvest.csw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.moisson.harvest.HarvestContext;
import org.moisson.harvest.HarvestException;
import org.moisson.harvest.HarvestHttp;
import org.moisson.harvest.HarvestWindow;
import org.moisson.harvest.Page;
import org.moisson.harvest.RawRecord;
import org.moisson.harvest.Source;
import org.moisson.mapping.GoldenFiles;
import org.moisson.mapping.Mappers;
import org.moisson.record.Dataset;
import org.moisson.support.LocalCswServer;
import org.moisson.support.LocalHttpServer;
import org.moisson.support.LocalHttpServer.Reply;
import org.moisson.support.LocalHttpServer.Request;
import org.moisson.xml.Dom;
import org.moisson.xml.SafeXml;
import org.w3c.dom.Element;

/** CswHarvester against pycsw's real answers and a local catalogue of the 18 APISO records, on 127.0.0.1. */
class CswHarvesterTest {
  private static final Path PYCSW = GoldenFiles.fixture("csw/pycsw");
  private static final HarvestWindow SINCE_MAY = new HarvestWindow(Instant.parse("2024-05-01T10:15:00Z"));
  private final CswHarvester harvester = new CswHarvester();
  private final HarvestContext ctx = new HarvestContext(new HarvestHttp(Duration.ofSeconds(5), 0, 50_000_000,
      Duration.ofMillis(10)), 50_000_000);
  private final Mappers mappers = Mappers.defaults();
  private final List<AutoCloseable> servers = new ArrayList<>();

  @AfterEach
  void stop() throws Exception {
    for (AutoCloseable s : servers) s.close();
  }

  private LocalHttpServer serve(Function<Request, Reply> handler) {
    LocalHttpServer s = new LocalHttpServer(handler);
    servers.add(s);
    return s;
  }

  private LocalHttpServer serveFixture(String fixture) {
    String body = GoldenFiles.read(PYCSW.resolve(fixture));
    return serve(req -> Reply.xml(body));
  }

  private LocalCswServer apisoCatalogue() throws IOException {
    LocalCswServer csw = new LocalCswServer();
    servers.add(csw);
    for (Path p : apisoRecords()) csw.add(GoldenFiles.read(p));
    return csw;
  }

  static List<Path> apisoRecords() throws IOException {
    try (Stream<Path> s = Files.list(PYCSW.resolve("apiso/data"))) {
      return s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
    }
  }

  private static Source source(String url, Map<String, String> settings) {
    return new Source(7, "test catalogue", "csw", url, settings, 1);
  }

  private List<Page> harvestAll(Source s, HarvestWindow window) throws HarvestException {
    List<Page> pages = new ArrayList<>();
    String cursor = null;
    do {
      Page p = harvester.page(s, window, cursor, ctx);
      pages.add(p);
      cursor = p.nextCursor();
    } while (cursor != null && pages.size() < 50);
    return pages;
  }

  private static List<String> ids(Page p) {
    return p.records().stream().map(RawRecord::identifier).toList();
  }

  private static Element body(Request r) {
    return SafeXml.parse(r.body()).getDocumentElement();
  }

  // --- pycsw's own answers, placeholders and all

  @Test
  void pycswIsoAnswerGivesRecordsThatMapAndTheNextStart() throws Exception {
    LocalHttpServer s = serveFixture("apiso/expected/post_GetRecords-all.xml");
    Page p = harvester.page(source(s.url("/csw"), Map.of()), HarvestWindow.FULL, null, ctx);
    assertEquals(List.of("3e9a8c05", "366f6257-19eb-4f20-ba78-0698ac4aae77", "75a7eb5e-336e-453d-ab06-209b1070d396",
        "a7308c0a-b748-48e2-bab7-0a608a51d416", "0173e0d7-6ea9-4407-b846-f29d6bfa9903"), ids(p));
    assertEquals("6", p.nextCursor());
    assertThat(p.failures()).isEmpty();
    for (RawRecord r : p.records()) {
      assertEquals("iso19139", r.format());
      Dataset d = mappers.forFormat(r.format()).map(r.payload());
      assertThat(d.titles()).isNotEmpty();
      assertThat(r.url()).startsWith(s.url("/csw") + "?service=CSW&version=2.0.2&request=GetRecordById&id=")
          .endsWith("&elementSetName=full&outputSchema=http%3A%2F%2Fwww.isotc211.org%2F2005%2Fgmd");
    }
    assertEquals("3e9a8c05", p.records().get(0).identifier());
    assertEquals("2011-04-18", p.records().get(0).datestamp());
  }

  @Test
  void theDefaultPostBodyIsAFullGetRecordsInIso19139() throws Exception {
    LocalHttpServer s = serveFixture("apiso/expected/post_GetRecords-all.xml");
    harvester.page(source(s.url("/csw"), Map.of()), HarvestWindow.FULL, null, ctx);
    Request r = s.requests().get(0);
    assertEquals("POST", r.method());
    Element root = body(r);
    assertEquals(LocalCswServer.CSW, root.getNamespaceURI());
    assertEquals("GetRecords", Dom.localName(root));
    assertEquals("1", root.getAttribute("startPosition"));
    assertEquals("100", root.getAttribute("maxRecords"));
    assertEquals("http://www.isotc211.org/2005/gmd", root.getAttribute("outputSchema"));
    Element query = Dom.child(root, "Query");
    assertEquals("gmd:MD_Metadata", query.getAttribute("typeNames"));
    assertEquals("http://www.isotc211.org/2005/gmd", query.lookupNamespaceURI("gmd"));
    assertEquals("full", Dom.text(query, "ElementSetName"));
    assertNull(Dom.child(query, "Constraint"));
  }

  /** The folder's answer mixes nothing: four ISO 19115-3 records, the last page. */
  @Test
  void pycswIso19115p3Answer() throws Exception {
    LocalHttpServer s = serveFixture("iso19115p3/expected/post_GetRecords-all.xml");
    Page p = harvester.page(source(s.url("/csw"), Map.of("outputSchema", "iso19115-3")), HarvestWindow.FULL, null, ctx);
    assertEquals(4, p.records().size());
    assertNull(p.nextCursor());
    for (RawRecord r : p.records()) {
      assertEquals("iso19115-3", r.format());
      assertThat(mappers.forFormat(r.format()).map(r.payload()).titles()).isNotEmpty();
    }
    assertEquals("http://standards.iso.org/iso/19115/-3/mdb/2.0", body(s.requests().get(0)).getAttribute("outputSchema"));
    assertEquals("mdb:MD_Metadata", Dom.child(body(s.requests().get(0)), "Query").getAttribute("typeNames"));
  }

  @Test
  void pycswDublinCoreAnswerOverGetWithCql() throws Exception {
    LocalHttpServer s = serveFixture("default/expected/get_GetRecords-filter-cql-title.xml");
    Source src = source(s.url("/csw"), Map.of("method", "get", "outputSchema", "dc", "constraint", "dc:title like '%lor%'"));
    Page p = harvester.page(src, HarvestWindow.FULL, null, ctx);
    assertEquals(List.of("urn:uuid:19887a8a-f6b0-4a63-ae56-7fba0e17801f", "urn:uuid:a06af396-3105-442d-8b40-22b57a90d2f2"), ids(p));
    assertEquals(List.of("csw-record", "csw-record"), p.records().stream().map(RawRecord::format).toList());
    assertEquals("Lorem ipsum", mappers.forFormat("csw-record").map(p.records().get(0).payload()).title(null));
    assertNull(p.nextCursor());
    Request r = s.requests().get(0);
    assertEquals("GET", r.method());
    assertThat(r.query()).containsEntry("service", "CSW").containsEntry("request", "GetRecords")
        .containsEntry("version", "2.0.2").containsEntry("typeNames", "csw:Record").containsEntry("elementSetName", "full")
        .containsEntry("resultType", "results").containsEntry("outputSchema", "http://www.opengis.net/cat/csw/2.0.2")
        .containsEntry("startPosition", "1").containsEntry("maxRecords", "100")
        .containsEntry("constraintLanguage", "CQL_TEXT").containsEntry("constraint", "dc:title like '%lor%'");
  }

  /** The records of pycsw's cite suite without a title still harvest; the mapper reports them. */
  @Test
  void pycswDublinCorePageOfFive() throws Exception {
    LocalHttpServer s = serveFixture("default/expected/post_GetRecords-all.xml");
    Page p = harvester.page(source(s.url("/csw"), Map.of("outputSchema", "dc")), HarvestWindow.FULL, null, ctx);
    assertEquals(5, p.records().size());
    assertEquals("6", p.nextCursor());
    assertEquals("urn:uuid:1ef30a8b-876d-4828-9246-c37ab4510bbd", p.records().get(1).identifier());
  }

  @Test
  void anExceptionReportFailsThePageWithItsCodeAndText() {
    LocalHttpServer s = serveFixture("default/expected/post_Exception-GetRecords-badsrsname.xml");
    HarvestException e = assertThrows(HarvestException.class,
        () -> harvester.page(source(s.url("/csw"), Map.of()), HarvestWindow.FULL, null, ctx));
    assertThat(e.getMessage()).contains("InvalidParameterValue").contains("Invalid srsName").contains("startPosition 1");
    assertEquals(1, s.requests().size(), "an exception is the server's answer: not asked twice");
  }

  /** pycsw answers its "all" GET with no record and nextRecord 11 of 12: following it would skip ten records. */
  @Test
  void anEmptyPageThatSaysMoreFollowIsRefused() {
    LocalHttpServer s = serveFixture("default/expected/get_GetRecords-all.xml");
    HarvestException e = assertThrows(HarvestException.class,
        () -> harvester.page(source(s.url("/csw"), Map.of("method", "get", "outputSchema", "dc")), HarvestWindow.FULL, null, ctx));
    assertThat(e.getMessage()).contains("holds no record yet says more follow");
  }

  // --- paging over the 18 real records

  @Test
  void pagesOverTheEighteenRecordsToNextRecordZero() throws Exception {
    LocalCswServer csw = apisoCatalogue();
    List<Page> pages = harvestAll(source(csw.url(), Map.of("pageSize", "5")), HarvestWindow.FULL);
    assertEquals(4, pages.size());
    assertEquals(List.of("6", "11", "16"), pages.stream().map(Page::nextCursor).limit(3).toList());
    List<String> all = pages.stream().flatMap(p -> ids(p).stream()).toList();
    assertEquals(18, all.size());
    assertEquals(18, all.stream().distinct().count());
    assertThat(pages.stream().flatMap(p -> p.failures().stream()).toList()).isEmpty();
    assertEquals(List.of("1", "6", "11", "16"), csw.requests().stream().map(r -> body(r).getAttribute("startPosition")).toList());
    for (Page p : pages) for (RawRecord r : p.records()) mappers.forFormat(r.format()).map(r.payload());
  }

  @Test
  void aCursorResumesAtItsStartPosition() throws Exception {
    LocalCswServer csw = apisoCatalogue();
    Page p = harvester.page(source(csw.url(), Map.of("pageSize", "5")), HarvestWindow.FULL, "16", ctx);
    assertEquals(3, p.records().size());
    assertNull(p.nextCursor());
    assertThrows(HarvestException.class, () -> harvester.page(source(csw.url(), Map.of()), HarvestWindow.FULL, "x", ctx));
  }

  @Test
  void getPagesTheSameWay() throws Exception {
    LocalCswServer csw = apisoCatalogue();
    List<Page> pages = harvestAll(source(csw.url(), Map.of("pageSize", "7", "method", "GET")), HarvestWindow.FULL);
    assertEquals(List.of(7, 7, 4), pages.stream().map(p -> p.records().size()).toList());
    assertEquals(List.of("1", "8", "15"), csw.requests().stream().map(r -> r.query().get("startPosition")).toList());
  }

  // --- constraints, checked by the server as a strict CSW would

  @Test
  void cqlConstraintGoesAsCqlText() throws Exception {
    LocalCswServer csw = apisoCatalogue();
    harvester.page(source(csw.url(), Map.of("constraint", "apiso:Title like '%Aerial%'")), HarvestWindow.FULL, null, ctx);
    assertEquals(new LocalCswServer.Constraint("CQL_TEXT", "apiso:Title like '%Aerial%'", null), csw.constraints().get(0));
  }

  @Test
  void incrementalAddsModifiedToTheCql() throws Exception {
    LocalCswServer csw = apisoCatalogue();
    Page p = harvester.page(source(csw.url(), Map.of("constraint", "apiso:Type = 'dataset'")), SINCE_MAY, null, ctx);
    assertEquals("(apiso:Type = 'dataset') AND Modified >= '2024-05-01'", csw.constraints().get(0).cql());
    assertEquals(18, p.records().size());
  }

  @Test
  void filterGoesAsOgcFilterAndIncrementalAndsModified() throws Exception {
    LocalCswServer csw = apisoCatalogue();
    String filter = "<ogc:PropertyIsLike wildCard=\"%\" singleChar=\"_\" escapeChar=\"\\\"><ogc:PropertyName>apiso:Title"
        + "</ogc:PropertyName><ogc:Literal>%Photos%</ogc:Literal></ogc:PropertyIsLike>";
    harvester.page(source(csw.url(), Map.of("filter", filter)), HarvestWindow.FULL, null, ctx);
    Element first = csw.constraints().get(0).filter();
    assertEquals("PropertyIsLike", Dom.localName(first));
    assertEquals("%Photos%", Dom.text(first, "Literal"));

    harvester.page(source(csw.url(), Map.of("filter", "<ogc:Filter xmlns:ogc=\"http://www.opengis.net/ogc\">" + filter
        + "</ogc:Filter>", "modifiedProperty", "apiso:Modified")), SINCE_MAY, null, ctx);
    Element and = csw.constraints().get(1).filter();
    assertEquals("And", Dom.localName(and));
    assertEquals(List.of("PropertyIsLike", "PropertyIsGreaterThanOrEqualTo"), Dom.children(and).stream().map(Dom::localName).toList());
    Element ge = Dom.children(and).get(1);
    assertEquals("apiso:Modified", Dom.text(ge, "PropertyName"));
    assertEquals("2024-05-01", Dom.text(ge, "Literal"));
  }

  @Test
  void incrementalWithoutConstraintSendsAModifiedFilter() throws Exception {
    LocalCswServer csw = apisoCatalogue();
    harvester.page(source(csw.url(), Map.of()), SINCE_MAY, null, ctx);
    harvester.page(source(csw.url(), Map.of("method", "get")), SINCE_MAY, null, ctx);
    for (LocalCswServer.Constraint c : csw.constraints()) {
      assertEquals("FILTER", c.language());
      assertEquals("PropertyIsGreaterThanOrEqualTo", Dom.localName(c.filter()));
      assertEquals("Modified", Dom.text(c.filter(), "PropertyName"));
      assertEquals("2024-05-01", Dom.text(c.filter(), "Literal"));
    }
    assertEquals(2, csw.constraints().size());
    assertThat(harvester.incremental()).isTrue();
  }

  /** A CQL text with XML's special characters stays text: the body is built, not concatenated. */
  @Test
  void aConstraintCannotBreakTheRequest() throws Exception {
    LocalCswServer csw = apisoCatalogue();
    String cql = "AnyText like '%</csw:CqlText><x>&amp;%'";
    harvester.page(source(csw.url(), Map.of("constraint", cql)), HarvestWindow.FULL, null, ctx);
    assertEquals(cql, csw.constraints().get(0).cql());
  }

  // --- paging guards

  private static String page(long matched, long next, int count) throws IOException {
    StringBuilder sb = new StringBuilder("<csw:GetRecordsResponse xmlns:csw=\"" + LocalCswServer.CSW + "\">"
        + "<csw:SearchResults numberOfRecordsMatched=\"" + matched + "\" numberOfRecordsReturned=\"" + count
        + "\" nextRecord=\"" + next + "\">");
    List<Path> files = apisoRecords();
    for (int i = 0; i < count; i++) sb.append(GoldenFiles.read(files.get(i)).replaceFirst("^<\\?xml[^>]*\\?>", ""));
    return sb.append("</csw:SearchResults></csw:GetRecordsResponse>").toString();
  }

  private Page pageOf(String answer, String cursor) throws HarvestException {
    LocalHttpServer s = serve(req -> Reply.xml(answer));
    return harvester.page(source(s.url("/csw"), Map.of("pageSize", "5")), HarvestWindow.FULL, cursor, ctx);
  }

  @Test
  void aNextRecordThatDoesNotMoveOnIsALoop() throws Exception {
    String same = page(18, 6, 5);
    HarvestException e = assertThrows(HarvestException.class, () -> pageOf(same, "6"));
    assertThat(e.getMessage()).contains("paging loop").contains("startPosition 6").contains("nextRecord 6");
    assertThrows(HarvestException.class, () -> pageOf(page(18, 2, 5), "6"));
  }

  @Test
  void aNextRecordThatSkipsRecordsIsNotFollowed() throws Exception {
    assertEquals("4", pageOf(page(12, 11, 3), null).nextCursor());
  }

  @Test
  void nextRecordBeyondMatchedEndsOnlyWhenNothingRemains() throws Exception {
    assertNull(pageOf(page(18, 19, 3), "16").nextCursor());
    assertEquals("6", pageOf(page(18, 19, 5), null).nextCursor(), "thirteen records remain: paging goes on");
    assertNull(pageOf(page(5, 0, 5), null).nextCursor());
  }

  @Test
  void anErrorPageIsFetchedTwiceThenFailsThePage() {
    LocalHttpServer s = serve(req -> new Reply(200, "text/html", "<html><body>Maintenance</body></html>".getBytes(), Map.of()));
    HarvestException e = assertThrows(HarvestException.class,
        () -> harvester.page(source(s.url("/csw"), Map.of()), HarvestWindow.FULL, null, ctx));
    assertThat(e.getMessage()).contains("unreadable CSW answer").contains("not a CSW GetRecords answer");
    assertEquals(2, s.requests().size());
  }

  @Test
  void recordsThatCannotBeToldApartOrReadAreFailures() throws Exception {
    String answer = "<csw:GetRecordsResponse xmlns:csw=\"" + LocalCswServer.CSW + "\"><csw:SearchResults numberOfRecordsMatched=\"3\""
        + " numberOfRecordsReturned=\"3\" nextRecord=\"0\">"
        + "<gmd:MD_Metadata xmlns:gmd=\"http://www.isotc211.org/2005/gmd\" xmlns:gco=\"http://www.isotc211.org/2005/gco\">"
        + "<gmd:identificationInfo><gmd:MD_DataIdentification><gmd:citation><gmd:CI_Citation><gmd:title>"
        + "<gco:CharacterString>Nameless</gco:CharacterString></gmd:title></gmd:CI_Citation></gmd:citation>"
        + "</gmd:MD_DataIdentification></gmd:identificationInfo></gmd:MD_Metadata>"
        + "<dif:DIF xmlns:dif=\"http://gcmd.gsfc.nasa.gov/Aboutus/xml/dif/\"/>"
        + "<csw:BriefRecord xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:identifier>b-1</dc:identifier>"
        + "<dc:title>Brief</dc:title></csw:BriefRecord>"
        + "</csw:SearchResults></csw:GetRecordsResponse>";
    Page p = pageOf(answer, null);
    assertEquals(List.of("b-1"), ids(p));
    assertEquals(2, p.failures().size());
    assertThat(p.failures().get(0).identifier()).isEqualTo("record at position 1 (Nameless)");
    assertThat(p.failures().get(0).message()).contains("without identifier").contains("gmd:fileIdentifier");
    assertThat(p.failures().get(1).message()).contains("<dif:DIF>").contains("not a record Moisson reads");
  }

  // --- settings

  private static IllegalArgumentException invalid(Map<String, String> settings) {
    return assertThrows(IllegalArgumentException.class,
        () -> new CswHarvester().validate(source("https://example.org/csw", settings)));
  }

  @Test
  void badSettingsAreRefusedByName() {
    assertThat(invalid(Map.of("method", "put")).getMessage()).startsWith("method:");
    assertThat(invalid(Map.of("pageSize", "0")).getMessage()).startsWith("pageSize:");
    assertThat(invalid(Map.of("pageSize", "5000")).getMessage()).startsWith("pageSize:");
    assertThat(invalid(Map.of("outputSchema", "dif")).getMessage()).startsWith("outputSchema:");
    assertThat(invalid(Map.of("typeNames", "dif:DIF")).getMessage()).startsWith("typeNames:");
    assertThat(invalid(Map.of("constraint", "a = 1", "filter", "<ogc:PropertyIsNull/>")).getMessage())
        .startsWith("constraint and filter");
    assertThat(invalid(Map.of("filter", "<fes:PropertyIsNull xmlns:fes=\"http://www.opengis.net/fes/2.0\"/>")).getMessage())
        .contains("Filter 1.1");
    assertThat(invalid(Map.of("filter", "<ogc:Filter><ogc:PropertyIsNull/><ogc:PropertyIsNull/></ogc:Filter>")).getMessage())
        .contains("one predicate");
    assertThat(invalid(Map.of("filter", "<ogc:PropertyIsNull>")).getMessage()).startsWith("filter: not XML");
    assertThat(invalid(Map.of("modifiedProperty", "x' OR 1=1")).getMessage()).startsWith("modifiedProperty:");
    assertThat(assertThrows(IllegalArgumentException.class,
        () -> new CswHarvester().validate(source("ftp://example.org/csw", Map.of()))).getMessage()).startsWith("url:");
    new CswHarvester().validate(source("https://example.org/csw", Map.of("method", "GET", "outputSchema",
        "http://standards.iso.org/iso/19115/-3/mdb/2.0", "pageSize", "1000")));
  }

  @Test
  void aCopiedCapabilitiesUrlLosesItsOwsParameters() {
    assertEquals("https://example.org/geonetwork/srv/eng/csw?portal=sextant",
        CswConfig.endpoint("https://example.org/geonetwork/srv/eng/csw?SERVICE=CSW&request=GetCapabilities&portal=sextant"
            + "&version=2.0.2").toString());
    assertEquals("https://example.org/csw", CswConfig.endpoint("https://example.org/csw?service=CSW").toString());
  }

  @Test
  void settingsMayBeGivenInAnyCase() throws Exception {
    Map<String, String> settings = new HashMap<>(Map.of("method", "Get", "outputSchema", "DC"));
    CswConfig c = CswConfig.of(source("https://example.org/csw", settings));
    assertEquals(CswConfig.Method.GET, c.method());
    assertEquals(CswConfig.Schema.DC, c.schema());
  }
}
