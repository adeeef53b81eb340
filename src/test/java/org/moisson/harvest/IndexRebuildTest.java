package org.moisson.harvest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.moisson.search.SearchIndex;
import org.moisson.store.DatasetStore;
import org.moisson.store.FeedLock;
import org.moisson.store.SourceStore;
import org.moisson.vocabulary.Classifier;
import org.moisson.support.AppTest;
import org.moisson.support.LocalOaiPmhProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The index rebuilt from the database, by the command (with its progress lines) and by the admin API,
 * and fed in the background as a harvest asks.
 */
class IndexRebuildTest extends AppTest {
  @Autowired
  IndexFeeder feeder;
  @Autowired
  SearchIndex index;
  @Autowired
  DatasetStore datasets;
  @Autowired
  ApplicationContext context;
  @Autowired
  SourceStore sources;
  @Autowired
  FeedLock lock;
  @Autowired
  Classifier classifier;

  @Test
  void theCommandRebuildsTheIndexShowingProgress() {
    String tag = harvestSome(7);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int n = new RebuildIndexCommand(feeder, index, context, new PrintStream(bytes, true, StandardCharsets.UTF_8)).rebuild();
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(n).isGreaterThanOrEqualTo(7);
    assertThat(out).contains("Rebuilding the search index").containsPattern("\\d+ / \\d+ changes \\(100 %\\), \\d+ records/s")
        .contains("Index rebuilt: ");
    assertThat(index.count()).isEqualTo(datasets.liveCount());
    assertThat(get("/api/v1/datasets?size=0&q=" + tag).json().get("total").asLong()).isEqualTo(7);
  }

  @Test
  void theAdminApiRebuildsInTheBackground() {
    String tag = harvestSome(3);
    assertThat(send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/api/v1/index/rebuild")))
        .POST(java.net.http.HttpRequest.BodyPublishers.noBody())).status()).isEqualTo(401);
    assertThat(adminPost("/api/v1/index/rebuild", "").status()).isEqualTo(202);
    Instant deadline = Instant.now().plusSeconds(60);
    JsonNode status = adminGet("/api/v1/index").json();
    while (status.get("rebuilding").asBoolean() && Instant.now().isBefore(deadline)) {
      sleep(50);
      status = adminGet("/api/v1/index").json();
    }
    assertThat(status.get("rebuilding").asBoolean()).isFalse();
    assertThat(status.has("error")).isFalse();
    assertThat(status.get("count").asLong()).isEqualTo(datasets.liveCount());
    assertThat(status.get("done").asLong()).isEqualTo(status.get("total").asLong()).isPositive();
    assertThat(get("/api/v1/datasets?size=0&q=" + tag).json().get("total").asLong()).isEqualTo(3);
  }

  @Test
  void aCatchUpAskedForIsMadeOnTheFeedersOwnThread() {
    String tag = harvestSome(4);
    index.clear();
    assertThat(get("/api/v1/datasets?size=0&q=" + tag).json().get("total").asLong()).isZero();
    feeder.catchUpSoon();
    feeder.catchUpSoon(); // asked again before the first has run: harmless
    Instant deadline = Instant.now().plusSeconds(60);
    while (index.count() < datasets.liveCount() && Instant.now().isBefore(deadline)) sleep(20);
    assertThat(index.count()).isEqualTo(datasets.liveCount());
    assertThat(get("/api/v1/datasets?size=0&q=" + tag).json().get("total").asLong()).isEqualTo(4);
  }

  @Test
  void aCatchUpAskedForDuringShutdownIsLeftToTheNextStart() throws InterruptedException {
    IndexFeeder stopped = new IndexFeeder(datasets, sources, index, lock, classifier);
    stopped.stop();
    assertThatCode(stopped::catchUpSoon).doesNotThrowAnyException();
    assertThatCode(stopped::catchUpSoon).doesNotThrowAnyException();
  }

  private String harvestSome(int records) {
    String tag = "r" + UUID.randomUUID().toString().substring(0, 8);
    try (LocalOaiPmhProvider oai = new LocalOaiPmhProvider(5)) {
      for (int i = 0; i < records; i++) {
        oai.put("oai:" + tag + ":" + i, HarvestEndToEndTest.datacite("10.5072/" + tag + "-" + i, "Reconstruction " + i, tag));
      }
      long source = createSource("{\"name\":\"rebuild " + tag + "\",\"protocol\":\"oai-pmh\",\"url\":\"" + oai.url() + "\"}");
      assertThat(harvest(source, false).get("status").asString()).isEqualTo("SUCCEEDED");
    }
    return tag;
  }
}
