package org.moisson.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moisson.support.AppTest;
import org.moisson.support.DemoSources;

/** The theme pages over the demo catalogue, in French and English. */
class ThemePagesTest extends AppTest {
  private static final String THEMES = "https://w3id.org/moisson/themes/";
  private static final List<String> SLUGS = List.of("solid-earth", "oceans", "atmosphere", "climate", "biodiversity",
      "continental-surfaces", "agro-environment");

  @BeforeEach
  void load() {
    DemoSources.load(this);
  }

  private static String searchHref(String slug) {
    return "/search?concept=" + URLEncoder.encode(THEMES + slug, StandardCharsets.UTF_8);
  }

  @Test
  void themesPageListsTheSevenThemesWithTheirSubDomains() {
    Answer fr = get("/themes?lang=fr");
    assertThat(fr.status()).isEqualTo(200);
    assertThat(fr.body()).contains("lang=\"fr\"").contains("Terre solide", "Océans", "Atmosphère", "Climat",
        "Biodiversité", "Surfaces continentales", "Agro-écologie");
    SLUGS.forEach(s -> assertThat(fr.body()).contains("href=\"/themes/" + s + "\""));
    assertThat(fr.body()).contains("href=\"/themes/aerosols\"").contains("class=\"fr-card");
    assertThat(fr.body()).doesNotContain("aucun jeu de données"); // every theme has demo datasets
    Answer en = get("/themes?lang=en");
    assertThat(en.body()).contains("lang=\"en\"").contains("Solid Earth", "Continental surfaces", "Agro-environment")
        .contains(" datasets");
  }

  @Test
  void everyThemePageLinksToItsDatasetsWithACount() {
    for (String slug : SLUGS) {
      Answer page = get("/themes/" + slug + "?lang=fr");
      assertThat(page.status()).as(slug).isEqualTo(200);
      int shown = count(page.body(), "Voir les (\\d+) jeux de données");
      assertThat(shown).as(slug).isPositive();
      assertThat(page.body()).as(slug).contains("href=\"" + searchHref(slug) + "\"");
      assertThat(searchTotal(searchHref(slug))).as(slug).isEqualTo(shown);
    }
  }

  @Test
  void atmospherePageShowsSubDomainsVariablesAndRepositoriesInFrench() {
    Answer page = get("/themes/atmosphere?lang=fr");
    assertThat(page.body()).contains("<h1>Atmosphère</h1>").contains("Sous-domaines").contains("Variables")
        .contains("href=\"/themes/aerosols\"").contains(">Aérosols<")
        .contains(">Épaisseur optique des aérosols<")
        .contains("class=\"fr-breadcrumb\"");
    // The variable's link carries its count, and following it finds that many datasets.
    Matcher m = Pattern.compile("href=\"(" + Pattern.quote(searchHref("aerosol-optical-depth"))
        + ")\"[^>]*>\\s*<span>Épaisseur optique des aérosols</span>&nbsp;<span class=\"count\">\\((\\d+)\\)").matcher(page.body());
    assertThat(m.find()).as(page.body()).isTrue();
    assertThat(Integer.parseInt(m.group(2))).isPositive();
    assertThat(searchTotal(m.group(1))).isEqualTo(Integer.parseInt(m.group(2)));
    // The repositories holding atmosphere data, each linked to the results of both filters.
    assertThat(page.body()).contains(DemoSources.PREFIX + "demo-aeris")
        .contains("source=" + URLEncoder.encode(DemoSources.PREFIX + "demo-aeris", StandardCharsets.UTF_8).replace("+", "%20"));
    assertThat(page.body()).contains("Concepts équivalents").contains("https://gcmd.earthdata.nasa.gov/kms/concept/");
  }

  @Test
  void subDomainPageInEnglishHasItsBreadcrumbAndVariables() {
    Answer page = get("/themes/aerosols?lang=en");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("lang=\"en\"").contains("<h1>Aerosols</h1>")
        .contains("href=\"/themes/atmosphere\"").contains(">Atmosphere<")
        .contains("Variables").contains(">Aerosol optical depth<")
        .contains("href=\"" + searchHref("aerosol-optical-depth") + "\"");
    assertThat(count(page.body(), "See the (\\d+) datasets")).isPositive();
  }

  @Test
  void unknownThemeIs404() {
    assertThat(get("/themes/no-such-theme").status()).isEqualTo(404);
    assertThat(get("/themes/..%2Fadmin").status()).isIn(400, 404);
  }

  /** The total of the results a /search link leads to, read from the API with the same parameters. */
  private int searchTotal(String href) {
    assertThat(href).startsWith("/search?");
    Answer page = get(href.replace("&amp;", "&"));
    assertThat(page.status()).isEqualTo(200);
    Answer api = get(href.replace("&amp;", "&").replace("/search?", "/api/v1/datasets?size=0&"));
    assertThat(api.status()).isEqualTo(200);
    return api.json().get("total").asInt();
  }

  private static int count(String body, String regex) {
    Matcher m = Pattern.compile(regex).matcher(body);
    assertThat(m.find()).as(regex).isTrue();
    return Integer.parseInt(m.group(1));
  }
}
