package org.moisson.harvest.oaipmh;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.moisson.harvest.HarvestContext;
import org.moisson.harvest.HarvestHttp;
import org.moisson.harvest.HarvestWindow;
import org.moisson.harvest.Page;
import org.moisson.harvest.RawRecord;
import org.moisson.harvest.RecordFailure;
import org.moisson.harvest.Source;
import org.moisson.mapping.GoldenFiles;
import org.moisson.mapping.Mappers;
import org.moisson.record.Dataset;
import org.moisson.support.LocalHttpServer;
import org.moisson.support.LocalHttpServer.Reply;

/**
 * A Dataverse OAI-PMH server asked for dataverse_json: each record's metadata is an empty element
 * whose directApiCall names the export API, which answers the real export sets' datasetJson.json.
 */
class OaiPmhDataverseJsonTest {
  private final HarvestContext ctx = new HarvestContext(
      new HarvestHttp(Duration.ofSeconds(5), 1, 10_000_000, Duration.ofMillis(20)), 1_000_000);
  private LocalHttpServer server;

  @AfterEach
  void stop() {
    if (server != null) server.close();
  }

  private String record(String pid, String link) {
    return "<record><header><identifier>" + pid + "</identifier><datestamp>2025-05-21T19:25:29Z</datestamp>"
        + "<setSpec>root</setSpec></header><metadata directApiCall=\"" + link.replace("&", "&amp;") + "\"/></record>";
  }

  private String export(String pid) {
    return server.url("/api/datasets/export?exporter=dataverse_json&persistentId=" + pid);
  }

  @Test
  void followsTheDirectApiCallOfEachRecordOnTheProvidersHostOnly() throws Exception {
    server = new LocalHttpServer(req -> {
      if (req.path().equals("/api/datasets/export")) {
        String set = switch (req.query().get("persistentId")) {
          case "doi:10.5072/FK2/VQTYHD" -> "export-set-max";
          case "doi:10.5072/FK2/4C0JYC" -> "export-set-minimal";
          default -> null;
        };
        return set == null ? Reply.status(404) : Reply.json(GoldenFiles.read(
            GoldenFiles.fixture("datacite-dataverse/dataverse/" + set + "/datasetJson.json")));
      }
      return Reply.xml("<?xml version=\"1.0\" encoding=\"UTF-8\"?><OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\">"
          + "<responseDate>2025-05-22T00:00:00Z</responseDate><request verb=\"ListRecords\">" + server.url("/oai")
          + "</request><ListRecords>"
          + record("doi:10.5072/FK2/VQTYHD", export("doi:10.5072/FK2/VQTYHD"))
          + record("doi:10.5072/FK2/4C0JYC", export("doi:10.5072/FK2/4C0JYC"))
          + record("doi:10.5072/FK2/GONE00", export("doi:10.5072/FK2/GONE00"))
          + record("doi:10.5072/FK2/ELSEWH", "https://other.example.org/api/datasets/export?exporter=dataverse_json")
          + "</ListRecords></OAI-PMH>");
    });
    Source source = new Source(1, "dv oai", "oai-pmh", server.url("/oai"), Map.of("metadataPrefix", "dataverse_json"), 100);
    Page page = new OaiPmhHarvester().page(source, HarvestWindow.FULL, null, ctx);

    assertThat(page.records()).extracting(RawRecord::identifier)
        .containsExactly("doi:10.5072/FK2/VQTYHD", "doi:10.5072/FK2/4C0JYC");
    RawRecord max = page.records().get(0);
    assertThat(max.format()).isEqualTo("dataverse-json");
    assertThat(max.url()).isEqualTo(export("doi:10.5072/FK2/VQTYHD"));
    Dataset d = Mappers.defaults().forFormat(max.format()).map(max.payload());
    assertThat(d.title(null)).isEqualTo("Max Schema.org");
    assertThat(d.licence().id()).isEqualTo("CC0-1.0");
    assertThat(page.failures()).extracting(RecordFailure::identifier)
        .containsExactly("doi:10.5072/FK2/GONE00", "doi:10.5072/FK2/ELSEWH");
    assertThat(page.failures().get(0).message()).contains("HTTP 404");
    assertThat(page.failures().get(1).message()).contains("not on the provider's host");
    assertThat(server.requests()).noneMatch(r -> r.path().contains("other.example.org"));
  }

  /** Dataverse's other OAI format, oai_datacite: the DataCite XML of the export set in its OAI envelope. */
  @Test
  void theOaiDataciteFormatOfTheSameDatasetMapsToTheSameRecord() throws Exception {
    String xml = GoldenFiles.read(GoldenFiles.fixture("datacite-dataverse/dataverse/export-set-max/dataCiteXml.xml"))
        .replaceFirst("<\\?xml[^>]*\\?>", "");
    server = new LocalHttpServer(req -> Reply.xml("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\"><responseDate>2025-05-22T00:00:00Z</responseDate>"
        + "<request verb=\"ListRecords\">" + server.url("/oai") + "</request><ListRecords><record><header>"
        + "<identifier>doi:10.5072/FK2/VQTYHD</identifier><datestamp>2025-05-21T19:25:29Z</datestamp></header><metadata>"
        + "<oai_datacite xmlns=\"http://schema.datacite.org/oai/oai-1.1/\"><schemaVersion>4.5</schemaVersion>"
        + "<datacentreSymbol>ROOT</datacentreSymbol><payload>" + xml + "</payload></oai_datacite>"
        + "</metadata></record></ListRecords></OAI-PMH>"));
    Source source = new Source(1, "dv oai", "oai-pmh", server.url("/oai"), Map.of("metadataPrefix", "oai_datacite"), 100);
    RawRecord r = new OaiPmhHarvester().page(source, HarvestWindow.FULL, null, ctx).records().get(0);
    Dataset viaDataCite = Mappers.defaults().forFormat(r.format()).map(r.payload());
    Dataset viaNative = Mappers.defaults().forFormat("dataverse-json").map(GoldenFiles.read(
        GoldenFiles.fixture("datacite-dataverse/dataverse/export-set-max/datasetJson.json")));
    assertThat(viaDataCite.doi()).isEqualTo(viaNative.doi());
    assertThat(viaDataCite.titles()).isEqualTo(viaNative.titles());
    assertThat(viaDataCite.licence().id()).isEqualTo(viaNative.licence().id());
  }
}
