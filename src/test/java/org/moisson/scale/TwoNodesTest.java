package org.moisson.scale;

import org.moisson.support.TestHomes;
import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.moisson.MoissonApplication;
import org.moisson.search.opensearch.OpenSearchTestCluster;
import org.moisson.support.LocalOaiPmhProvider;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scale mode with two application nodes in one JVM, each with its own home, port and node name,
 * sharing one PostgreSQL (started here and given by JDBC URL, as an external one would be) and one
 * three-node OpenSearch cluster: harvests are claimed through the database, so each runs once
 * whichever nodes ask or find it due, and both nodes answer searches alike.
 */
class TwoNodesTest {
  private static final String TOKEN = "two-nodes-token";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static EmbeddedPostgres postgres;
  private static JdbcTemplate db;
  private static ConfigurableApplicationContext nodeA;
  private static ConfigurableApplicationContext nodeB;
  private static final String INDEX = "two-nodes-" + UUID.randomUUID().toString().substring(0, 8);

  @BeforeAll
  static void start() throws IOException {
    postgres = EmbeddedPostgres.builder().start();
    db = new JdbcTemplate(postgres.getPostgresDatabase());
    nodeA = node("node-a");
    nodeB = node("node-b");
  }

  static ConfigurableApplicationContext node(String name) throws IOException {
    Map<String, Object> p = new HashMap<>();
    p.put("server.port", "0");
    p.put("moisson.mode", "scale");
    p.put("moisson.node-id", name);
    p.put("moisson.home", TestHomes.create(name).toString());
    p.put("moisson.database.url", postgres.getJdbcUrl("postgres", "postgres"));
    p.put("moisson.database.username", "postgres");
    p.put("moisson.database.password", "postgres");
    p.put("moisson.opensearch.nodes", String.join(",", OpenSearchTestCluster.nodes()));
    p.put("moisson.opensearch.index", INDEX);
    p.put("moisson.demo", "false");
    p.put("moisson.admin-token", TOKEN);
    p.put("moisson.harvest.schedule-check", "500ms");
    p.put("moisson.harvest.heartbeat", "500ms");
    p.put("moisson.harvest.lease", "3s");
    p.put("moisson.harvest.retries", "1");
    p.put("moisson.harvest.timeout", "5s");
    // As command-line arguments: they outrank application.yml, as an operator's settings would.
    return new SpringApplicationBuilder(MoissonApplication.class)
        .run(p.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
  }

  @AfterAll
  static void stop() throws IOException {
    if (nodeA != null) nodeA.close();
    if (nodeB != null) nodeB.close();
    if (postgres != null) postgres.close();
  }

  @Test
  void aHarvestAskedOfBothNodesAtOnceRunsOnce() throws Exception {
    String tag = tag();
    List<LocalOaiPmhProvider> providers = new ArrayList<>();
    try {
      List<Long> sources = new ArrayList<>();
      for (int s = 0; s < 4; s++) {
        LocalOaiPmhProvider oai = provider(tag, s, 5);
        providers.add(oai);
        sources.add(createSource(nodeA, "{\"name\":\"two " + tag + " " + s + "\",\"protocol\":\"oai-pmh\",\"url\":\"" + oai.url() + "\"}"));
      }
      ExecutorService pool = Executors.newFixedThreadPool(2);
      List<Long> runIds = new ArrayList<>();
      for (long source : sources) {
        Callable<Answer> fromA = () -> post(nodeA, "/api/v1/sources/" + source + "/harvest");
        Callable<Answer> fromB = () -> post(nodeB, "/api/v1/sources/" + source + "/harvest");
        Future<Answer> a = pool.submit(fromA);
        Future<Answer> b = pool.submit(fromB);
        List<Integer> statuses = List.of(a.get().status(), b.get().status());
        assertThat(statuses).containsExactlyInAnyOrder(202, 409);
        Answer started = a.get().status() == 202 ? a.get() : b.get();
        runIds.add(started.json().get("runId").asLong());
      }
      pool.shutdown();
      for (long run : runIds) assertThat(awaitRun(nodeB, run).get("status").asString()).isEqualTo("SUCCEEDED");
      for (long source : sources) {
        assertThat(db.queryForObject("select count(*) from harvest_run where source_id = ?", Long.class, source)).isEqualTo(1);
        assertThat(db.queryForObject("select created from harvest_run where source_id = ?", Integer.class, source)).isEqualTo(5);
      }
      for (LocalOaiPmhProvider oai : providers) assertThat(listRequests(oai)).isEqualTo(1);
      assertSameSearches(tag, 20);

      // The shared index rebuilt from the database by one node: both nodes find the same again.
      assertThat(post(nodeB, "/api/v1/index/rebuild").status()).isEqualTo(202);
      Instant deadline = Instant.now().plusSeconds(60);
      JsonNode index = get(nodeA, "/api/v1/index").json();
      while (Instant.now().isBefore(deadline) && (get(nodeB, "/api/v1/index").json().get("rebuilding").asBoolean()
          || index.get("count").asLong() < 20)) {
        sleep(100);
        index = get(nodeA, "/api/v1/index").json();
      }
      assertThat(index.get("count").asLong()).isEqualTo(db.queryForObject("select count(*) from dataset where not deleted", Long.class));
      assertThat(index.get("watermark").asLong()).isEqualTo(db.queryForObject("select max(seq) from dataset", Long.class));
      assertSameSearches(tag, 20);
    } finally {
      providers.forEach(LocalOaiPmhProvider::close);
    }
  }

  @Test
  void aScheduledHarvestIsStartedByOneNodeEachTimeItIsDue() {
    String tag = tag();
    List<LocalOaiPmhProvider> providers = new ArrayList<>();
    try {
      List<Long> sources = new ArrayList<>();
      for (int s = 0; s < 3; s++) {
        LocalOaiPmhProvider oai = provider(tag, s, 4);
        providers.add(oai);
        sources.add(createSource(nodeB, "{\"name\":\"sched " + tag + " " + s + "\",\"protocol\":\"oai-pmh\",\"url\":\""
            + oai.url() + "\",\"schedule\":\"*/3 * * * * *\"}"));
      }
      Instant deadline = Instant.now().plusSeconds(60);
      while (Instant.now().isBefore(deadline) && sources.stream().anyMatch(s -> finishedRuns(s) < 2)) sleep(200);
      for (long s : sources) assertThat(finishedRuns(s)).as("runs of source " + s).isGreaterThanOrEqualTo(2);
      for (long s : sources) db.update("update source set settings = settings - 'schedule' where id = ?", s);
      sleep(1500); // a run started just before the schedule was removed ends
      Set<String> nodes = new HashSet<>();
      for (int i = 0; i < sources.size(); i++) {
        long s = sources.get(i);
        List<Map<String, Object>> runs = db.queryForList(
            "select node, floor(extract(epoch from started_at) / 3) as slot from harvest_run where source_id = ? order by id", s);
        // Once per due time: never two runs of one source in one 3-second slot, however many nodes look.
        assertThat(runs.stream().map(r -> r.get("slot")).distinct().count()).isEqualTo(runs.size());
        runs.forEach(r -> nodes.add((String) r.get("node")));
        // Each run listed the provider once: none was run by both nodes.
        assertThat(listRequests(providers.get(i))).isEqualTo(runs.size());
      }
      assertThat(nodes).isSubsetOf("node-a", "node-b");
      assertSameSearches(tag, 12);
    } finally {
      providers.forEach(LocalOaiPmhProvider::close);
    }
  }

  @Test
  void aRunIsTakenOverOnlyOnceItsNodeStoppedRenewingItsLease() {
    String tag = tag();
    try (LocalOaiPmhProvider live = provider(tag, 0, 2); LocalOaiPmhProvider dead = provider(tag, 1, 2)) {
      long liveSource = createSource(nodeA, "{\"name\":\"live " + tag + "\",\"protocol\":\"oai-pmh\",\"url\":\"" + live.url() + "\"}");
      long deadSource = createSource(nodeA, "{\"name\":\"dead " + tag + "\",\"protocol\":\"oai-pmh\",\"url\":\"" + dead.url() + "\"}");
      // A third node's runs: one it keeps renewing, one it left a minute ago (it died).
      long kept = db.queryForObject("insert into harvest_run(source_id, status, node) values (?, 'RUNNING', 'node-c') returning id",
          Long.class, liveSource);
      long orphan = db.queryForObject("insert into harvest_run(source_id, status, node, heartbeat_at) "
          + "values (?, 'RUNNING', 'node-c', now() - interval '1 minute') returning id", Long.class, deadSource);
      JsonNode resumed = awaitRun(nodeA, orphan);
      assertThat(resumed.get("status").asString()).isEqualTo("SUCCEEDED");
      assertThat(resumed.get("resumed").asInt()).isEqualTo(1);
      assertThat(db.queryForObject("select node from harvest_run where id = ?", String.class, orphan)).isIn("node-a", "node-b");
      for (int i = 0; i < 8; i++) { // node-c renews for 4 s, longer than the 3 s lease
        db.update("update harvest_run set heartbeat_at = now() where id = ?", kept);
        sleep(500);
      }
      assertThat(db.queryForObject("select node from harvest_run where id = ?", String.class, kept)).isEqualTo("node-c");
      assertThat(listRequests(live)).isZero();
      db.update("update harvest_run set status = 'FAILED' where id = ?", kept);
    }
  }

  // ---- helpers -------------------------------------------------------------------------------

  private static void assertSameSearches(String tag, int expected) {
    for (String q : List.of("/api/v1/datasets?size=100&q=" + tag, "/api/v1/datasets?size=100&q=" + tag + "&sort=title")) {
      JsonNode a = get(nodeA, q).json();
      JsonNode b = get(nodeB, q).json();
      assertThat(a.get("total").asLong()).isEqualTo(expected);
      assertThat(ids(a)).hasSize(expected).isEqualTo(ids(b));
    }
  }

  private static List<String> ids(JsonNode page) {
    List<String> out = new ArrayList<>();
    page.get("items").forEach(h -> out.add(h.get("id").asString()));
    return out;
  }

  private long finishedRuns(long source) {
    return db.queryForObject("select count(*) from harvest_run where source_id = ? and status <> 'RUNNING'", Long.class, source);
  }

  /** ListRecords requests that start a list (not the next page of one): one per run. */
  private static long listRequests(LocalOaiPmhProvider oai) {
    return oai.requests().stream().filter(r -> "ListRecords".equals(r.query().get("verb"))
        && !r.query().containsKey("resumptionToken")).count();
  }

  private static LocalOaiPmhProvider provider(String tag, int s, int records) {
    LocalOaiPmhProvider oai = new LocalOaiPmhProvider(3);
    for (int i = 0; i < records; i++) {
      oai.put("oai:" + tag + ":" + s + ":" + i, """
          <resource xmlns="http://datacite.org/schema/kernel-4">
            <identifier identifierType="DOI">10.5072/%s-%d-%d</identifier>
            <creators><creator><creatorName>Martin, Claire</creatorName></creator></creators>
            <titles><title xml:lang="fr">Relevé %s %d %d</title></titles>
            <publisher>Test repository</publisher>
            <publicationYear>2021</publicationYear>
            <resourceType resourceTypeGeneral="Dataset">Measurements</resourceType>
          </resource>""".formatted(tag, s, i, tag, s, i));
    }
    return oai;
  }

  private static String tag() {
    return "t" + UUID.randomUUID().toString().substring(0, 8);
  }

  record Answer(int status, String body) {
    JsonNode json() {
      return JSON.readTree(body);
    }
  }

  private static String url(ConfigurableApplicationContext node, String path) {
    return "http://127.0.0.1:" + node.getEnvironment().getProperty("local.server.port") + path;
  }

  private static Answer get(ConfigurableApplicationContext node, String path) {
    return send(HttpRequest.newBuilder(URI.create(url(node, path))).header("Authorization", "Bearer " + TOKEN).GET());
  }

  private static Answer post(ConfigurableApplicationContext node, String path) {
    return send(HttpRequest.newBuilder(URI.create(url(node, path))).header("Authorization", "Bearer " + TOKEN)
        .POST(HttpRequest.BodyPublishers.noBody()));
  }

  private static long createSource(ConfigurableApplicationContext node, String json) {
    Answer a = send(HttpRequest.newBuilder(URI.create(url(node, "/api/v1/sources"))).header("Authorization", "Bearer " + TOKEN)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    assertThat(a.status()).as(a.body()).isEqualTo(201);
    return a.json().get("id").asLong();
  }

  private static JsonNode awaitRun(ConfigurableApplicationContext node, long runId) {
    Instant deadline = Instant.now().plusSeconds(60);
    while (Instant.now().isBefore(deadline)) {
      Answer a = get(node, "/api/v1/harvests/" + runId);
      if (a.status() == 200 && !"RUNNING".equals(a.json().get("status").asString())) return a.json();
      sleep(100);
    }
    throw new AssertionError("run " + runId + " still running after 60 s");
  }

  private static Answer send(HttpRequest.Builder b) {
    try {
      HttpResponse<String> r = HTTP.send(b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(r.statusCode(), r.body());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
