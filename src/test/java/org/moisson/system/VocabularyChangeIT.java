package org.moisson.system;

import org.moisson.support.TestHomes;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.moisson.support.AppProcess;

/**
 * A thesaurus added to the settings classifies the datasets already indexed after a restart: the
 * index is rebuilt at start because the thesauri changed, and only then.
 */
class VocabularyChangeIT {
  private static final String TOKEN = "vocabulary-test-token";
  private static final String GCMD_AEROSOLS = "https://gcmd.earthdata.nasa.gov/kms/concept/2e5a401b-1507-4f57-82b8-36557c13b154";
  private static final String THEME_AEROSOLS = "https://w3id.org/moisson/themes/aerosols";

  @Test
  void addingGcmdReclassifiesTheDemoCatalogueAtTheNextStart() throws Exception {
    Path home = TestHomes.create("vocabulary");
    Path gcmd = Path.of(System.getProperty("moisson.fixtures", "../shared/fixtures"), "thesaurus/gcmd/sciencekeywords.rdf")
        .toAbsolutePath();
    assertThat(gcmd).exists();
    int port = AppProcess.freePort();
    long themed;
    try (AppProcess app = AppProcess.start(home, port, "--moisson.admin-token=" + TOKEN)) {
      app.await("/api/v1/datasets?size=0", null, r -> r.get("total").asLong() == 40, Duration.ofSeconds(120));
      themed = total(app, THEME_AEROSOLS);
      assertThat(themed).isPositive();
      assertThat(total(app, GCMD_AEROSOLS)).isZero();
    }
    try (AppProcess app = AppProcess.start(home, port, "--moisson.admin-token=" + TOKEN,
        "--moisson.vocabulary.thesauri=" + gcmd)) {
      assertThat(total(app, GCMD_AEROSOLS)).isEqualTo(themed);
      assertThat(total(app, THEME_AEROSOLS)).isEqualTo(themed);
    }
    assertThat(Files.readString(home.resolve("app.log"))).containsOnlyOnce("index rebuilt");
    try (AppProcess app = AppProcess.start(home, port, "--moisson.admin-token=" + TOKEN,
        "--moisson.vocabulary.thesauri=" + gcmd)) {
      assertThat(total(app, GCMD_AEROSOLS)).isEqualTo(themed);
    }
    assertThat(Files.readString(home.resolve("app.log"))).containsOnlyOnce("index rebuilt"); // same thesauri: no rebuild
  }

  private static long total(AppProcess app, String concept) throws Exception {
    return app.json("GET", "/api/v1/datasets?size=0&concept=" + URLEncoder.encode(concept, StandardCharsets.UTF_8), null, null)
        .get("total").asLong();
  }
}
