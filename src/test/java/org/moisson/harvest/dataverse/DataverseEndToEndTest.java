package org.moisson.harvest.dataverse;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.moisson.support.AppTest;
import org.moisson.support.LocalHttpServer;
import org.moisson.support.LocalHttpServer.Reply;
import tools.jackson.databind.JsonNode;

/**
 * A Dataverse source through the whole application: the real export sets served by a local
 * Dataverse, a dataset the native API has lost, a re-run that changes nothing, then a dataset gone
 * from the search (deleted) and one the API suddenly refuses (kept, reported).
 */
class DataverseEndToEndTest extends AppTest {
  @Test
  void harvestsADataverseReportsWhatItCannotReadAndDeletesWhatIsGone() {
    List<String> listed = new CopyOnWriteArrayList<>(List.of(DataverseHarvesterTest.MAX,
        DataverseHarvesterTest.MINIMAL, DataverseHarvesterTest.GONE));
    AtomicReference<String> forbidden = new AtomicReference<>();
    Map<String, String> answers = Map.of(DataverseHarvesterTest.MAX, DataverseHarvesterTest.nativeAnswer("export-set-max"),
        DataverseHarvesterTest.MINIMAL, DataverseHarvesterTest.nativeAnswer("export-set-minimal"));
    try (LocalHttpServer dv = new LocalHttpServer(req -> {
      if (req.path().equals("/api/search")) {
        return Reply.json(DataverseHarvesterTest.searchPage(listed, Integer.parseInt(req.query().get("start")),
            Integer.parseInt(req.query().get("per_page"))));
      }
      String pid = req.query().get("persistentId");
      if (pid != null && pid.equals(forbidden.get())) return Reply.status(403);
      String body = pid == null ? null : answers.get(pid);
      return body == null ? Reply.status(404) : Reply.json(body);
    })) {
      String name = "Dataverse " + UUID.randomUUID();
      long source = createSource("""
          {"name":"%s","protocol":"dataverse","url":"%s","pageSize":"2","apiToken":"e2e-token"}"""
          .formatted(name, dv.url("")));

      JsonNode first = harvest(source, false);
      assertThat(first.get("status").asString()).as(first.toString()).isEqualTo("PARTIAL");
      assertThat(first.get("incremental").asBoolean()).isFalse();
      assertThat(first.get("pages").asInt()).isEqualTo(2);
      assertThat(first.get("created").asInt()).isEqualTo(2);
      assertThat(first.get("failed").asInt()).isEqualTo(1);
      JsonNode error = first.get("errors").get(0);
      assertThat(error.get("identifier").asString()).isEqualTo(DataverseHarvesterTest.GONE);
      assertThat(error.get("url").asString()).contains("/api/datasets/:persistentId/");
      assertThat(titles(name)).containsExactlyInAnyOrder("Max Schema.org", "Minimal");
      assertThat(dv.requests()).allSatisfy(r -> assertThat(r.header("X-Dataverse-key")).isEqualTo("e2e-token"));

      JsonNode again = harvest(source, false);
      assertThat(again.get("unchanged").asInt()).isEqualTo(2);
      assertThat(again.get("created").asInt() + again.get("updated").asInt() + again.get("deleted").asInt()).isZero();

      listed.remove(DataverseHarvesterTest.MINIMAL);
      forbidden.set(DataverseHarvesterTest.MAX);
      JsonNode third = harvest(source, false);
      assertThat(third.get("deleted").asInt()).as(third.toString()).isEqualTo(1);
      assertThat(third.get("failed").asInt()).isEqualTo(2);
      assertThat(titles(name)).containsExactly("Max Schema.org");
    }
  }

  private List<String> titles(String sourceName) {
    JsonNode found = get("/api/v1/datasets?size=100&source=" + URLEncoder.encode(sourceName, StandardCharsets.UTF_8)).json();
    return found.get("items").valueStream().map(i -> i.get("title").asString()).toList();
  }
}
