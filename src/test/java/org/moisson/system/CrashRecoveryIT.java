package org.moisson.system;

import org.moisson.support.TestHomes;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.moisson.support.AppProcess;
import org.moisson.support.LocalOaiPmhProvider;
import tools.jackson.databind.JsonNode;

/**
 * kill -9 of the application in the middle of a harvest, then a restart on the same home: the run
 * resumes from its checkpoint, nothing stored is lost and nothing is stored twice.
 */
class CrashRecoveryIT {
  private static final String TOKEN = "crash-test-token";
  private static final int RECORDS = 60;

  private static String record(int i) {
    return "<resource xmlns=\"http://datacite.org/schema/kernel-4\"><identifier identifierType=\"DOI\">10.5072/crash-" + i
        + "</identifier><creators><creator><creatorName>Durand, Léa</creatorName></creator></creators>"
        + "<titles><title>Série interrompue " + i + "</title></titles><publisher>Crash lab</publisher>"
        + "<publicationYear>2020</publicationYear><resourceType resourceTypeGeneral=\"Dataset\"/></resource>";
  }

  @Test
  void aHarvestKilledMidRunResumesAfterRestart() throws Exception {
    Path home = TestHomes.create("crash");
    int port = AppProcess.freePort();
    try (LocalOaiPmhProvider oai = new LocalOaiPmhProvider(5)) {
      for (int i = 1; i <= RECORDS; i++) oai.put("oai:crash:" + i, record(i));
      oai.delay(400);
      long runId;
      try (AppProcess app = AppProcess.start(home, port, "--moisson.demo=false", "--moisson.admin-token=" + TOKEN)) {
        long source = app.json("POST", "/api/v1/sources", TOKEN,
            "{\"name\":\"crash\",\"protocol\":\"oai-pmh\",\"url\":\"" + oai.url() + "\"}").get("id").asLong();
        runId = app.json("POST", "/api/v1/sources/" + source + "/harvest", TOKEN, null).get("runId").asLong();
        JsonNode midway = app.await("/api/v1/harvests/" + runId, TOKEN, r -> r.get("pages").asInt() >= 3, Duration.ofSeconds(60));
        assertThat(midway.get("status").asString()).isEqualTo("RUNNING");
        app.kill();
      }
      int requestsBefore = oai.requests().size();
      oai.delay(0);
      try (AppProcess again = AppProcess.start(home, port, "--moisson.demo=false", "--moisson.admin-token=" + TOKEN)) {
        JsonNode run = again.await("/api/v1/harvests/" + runId, TOKEN, r -> !"RUNNING".equals(r.get("status").asString()),
            Duration.ofSeconds(120));
        assertThat(run.get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(run.get("resumed").asInt()).isEqualTo(1);
        // It went on from a resumption token, not from the start of the list.
        assertThat(oai.requests().get(requestsBefore).query()).containsKey("resumptionToken");
        assertThat(run.get("created").asInt()).isEqualTo(RECORDS);
        JsonNode all = again.json("GET", "/api/v1/datasets?size=100&source=" + URLEncoder.encode("crash", StandardCharsets.UTF_8), null, null);
        assertThat(all.get("total").asLong()).isEqualTo(RECORDS);
        assertThat(all.get("items").valueStream().map(i -> i.get("id").asString()).distinct().count()).isEqualTo(RECORDS);
      }
    }
  }
}
