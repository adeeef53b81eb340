package org.moisson.harvest.oaipmh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.moisson.support.LocalHttpServer;
import org.moisson.support.LocalHttpServer.Reply;

/** The OAI-PMH harvester against real provider answers (sickle's samples) served on 127.0.0.1. */
class OaiPmhHarvesterTest {
  private static final Path SAMPLES = GoldenFiles.fixture("oai-pmh/sickle");
  private final HarvestContext ctx = new HarvestContext(
      new HarvestHttp(Duration.ofSeconds(5), 1, 10_000_000, Duration.ofMillis(50)), 1_000_000);
  private LocalHttpServer server;

  @AfterEach
  void stop() {
    if (server != null) server.close();
  }

  /** Serves a sample file: the first page for ListRecords, else the file the token names (sickle's convention). */
  private Source serve(String firstPage) {
    server = new LocalHttpServer(req -> {
      String file = req.query().getOrDefault("resumptionToken", firstPage);
      if ("Identify".equals(req.query().get("verb"))) file = "Identify.xml";
      return Reply.xml(GoldenFiles.read(SAMPLES.resolve(file)));
    });
    return new Source(1, "sample", "oai-pmh", server.url("/oai"), Map.of("metadataPrefix", "oai_dc"), 100);
  }

  @Test
  void followsResumptionTokensToTheEnd() throws Exception {
    Source source = serve("ListRecords.xml");
    OaiPmhHarvester h = new OaiPmhHarvester();
    List<RawRecord> all = new ArrayList<>();
    List<String> cursors = new ArrayList<>();
    int failures = 0;
    Page page = h.page(source, HarvestWindow.FULL, null, ctx);
    while (true) {
      all.addAll(page.records());
      failures += page.failures().size();
      if (page.nextCursor() == null) break;
      cursors.add(page.nextCursor());
      page = h.page(source, HarvestWindow.FULL, page.nextCursor(), ctx);
    }
    assertThat(cursors).containsExactly("ListRecords2.xml", "ListRecords3.xml", "ListRecords4.xml");
    // ListRecords4.xml has one header without identifier: reported, not dropped silently.
    assertThat(all.size() + failures).isEqualTo(8);
    assertThat(failures).isEqualTo(1);
    // Each sample page repeats one deleted record; the last page's copy is the headerless one.
    assertThat(all).filteredOn(RawRecord::deleted).hasSize(3);
    RawRecord live = all.stream().filter(r -> !r.deleted()).findFirst().orElseThrow();
    assertThat(live.format()).isEqualTo("oai_dc");
    assertThat(live.payload()).contains("http://www.openarchives.org/OAI/2.0/oai_dc/").contains("<dc:title");
    assertThat(live.url()).contains("verb=GetRecord").contains("identifier=");
    assertThat(server.requests().get(0).query()).containsEntry("metadataPrefix", "oai_dc");
  }

  @Test
  void keepsNamespacesOfTheEnvelopeInTheRecordPayload() throws Exception {
    Source source = serve("GetRecord_utf8test.xml");
    Page page = new OaiPmhHarvester().page(source, HarvestWindow.FULL, null, ctx);
    assertThat(page.records()).hasSize(1);
    String payload = page.records().get(0).payload();
    assertThat(org.moisson.xml.SafeXml.parse(payload).getDocumentElement().getNamespaceURI())
        .isEqualTo("http://www.openarchives.org/OAI/2.0/oai_dc/");
  }

  @Test
  void noRecordsMatchIsAnEmptySuccess() throws Exception {
    Page page = new OaiPmhHarvester().page(serve("noRecordsMatch.xml"), HarvestWindow.FULL, null, ctx);
    assertThat(page.records()).isEmpty();
    assertThat(page.nextCursor()).isNull();
  }

  @Test
  void errorCodesStopTheRunWithTheirCode() {
    for (String code : List.of("badArgument", "cannotDisseminateFormat", "noSetHierarchy", "undefinedError")) {
      Source s = serve(code + ".xml");
      assertThatThrownBy(() -> new OaiPmhHarvester().page(s, HarvestWindow.FULL, null, ctx))
          .isInstanceOf(HarvestException.class).hasMessageContaining(code);
      server.close();
    }
    server = null;
  }

  @Test
  void anExpiredTokenSaysSo() {
    Source s = serve("badResumptionToken.xml");
    assertThatThrownBy(() -> new OaiPmhHarvester().page(s, HarvestWindow.FULL, "badResumptionToken.xml", ctx))
        .isInstanceOf(HarvestException.class).hasMessageContaining("resumption token");
  }

  @Test
  void aPageThatIsNotXmlIsReportedAfterOneMoreTry() {
    Source s = serve("ListRecordsBroken.xml");
    assertThatThrownBy(() -> new OaiPmhHarvester().page(s, HarvestWindow.FULL, null, ctx))
        .isInstanceOf(HarvestException.class).hasMessageContaining("unreadable OAI-PMH page");
    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void incrementalHarvestSendsFromAtTheProviderGranularity() throws Exception {
    Source source = serve("ListRecords4.xml");
    new OaiPmhHarvester().page(source, new HarvestWindow(Instant.parse("2024-03-05T10:15:30Z")), null, ctx);
    LocalHttpServer.Request list = server.requests().stream()
        .filter(r -> "ListRecords".equals(r.query().get("verb"))).findFirst().orElseThrow();
    String granularity = Files.readString(SAMPLES.resolve("Identify.xml")).contains("YYYY-MM-DDThh:mm:ssZ")
        ? "2024-03-05T10:15:30Z" : "2024-03-05";
    assertThat(list.query()).containsEntry("from", granularity);
  }

  @Test
  void anUnknownPrefixNeedsAFormat() {
    Source s = new Source(1, "x", "oai-pmh", "http://127.0.0.1:1/oai", Map.of("metadataPrefix", "marcxml"), 100);
    assertThatThrownBy(() -> new OaiPmhHarvester().validate(s)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("format");
  }
}
