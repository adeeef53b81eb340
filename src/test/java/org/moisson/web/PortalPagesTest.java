package org.moisson.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moisson.support.AppTest;
import org.moisson.support.DemoSources;

/**
 * The portal without JavaScript: search, facets and paging are plain links and forms a client
 * follows as served; the design system and map files are served; help and map pages render.
 */
class PortalPagesTest extends AppTest {
  private static final Pattern TOTAL = Pattern.compile("id=\"total\"[^>]*>([\\d\\s ,.]+)");

  @BeforeEach
  void load() {
    DemoSources.load(this);
  }

  @Test
  void facetLinksNarrowAndTagsWidenWithoutJavaScript() {
    String page = get("/search?lang=en").body();
    long all = total(page);
    String keywordLink = facetLinks(page, "keyword").get(0);
    String narrowed = get(keywordLink).body();
    assertThat(total(narrowed)).isPositive().isLessThan(all);
    // Another value of the same facet widens (OR); its link keeps the first value.
    List<String> more = facetLinks(narrowed, "keyword");
    String secondValue = more.stream().filter(h -> h.chars().filter(c -> c == '&').count() >= 1 && countParam(h, "keyword") == 2)
        .findFirst().orElseThrow();
    assertThat(total(get(secondValue).body())).isGreaterThanOrEqualTo(total(narrowed));
    // The active filter is a tag whose link removes it.
    Matcher tag = Pattern.compile("class=\"[^\"]*active-filter\" href=\"([^\"]+)\"").matcher(narrowed);
    assertThat(tag.find()).isTrue();
    assertThat(total(get(unescape(tag.group(1))).body())).isEqualTo(all);
  }

  @Test
  void pagingIsLinksAndTheTimeRangeIsAForm() {
    String first = get("/search?size=5&sort=title&lang=en").body();
    Matcher next = Pattern.compile("href=\"([^\"]+)\" rel=\"next\"").matcher(first);
    assertThat(next.find()).isTrue();
    String second = get(unescape(next.group(1))).body();
    assertThat(second).contains("<ol class=\"results\" start=\"6\"").contains("aria-current=\"page\"");
    assertThat(hitIds(second)).doesNotContainAnyElementsOf(hitIds(first));
    // The refine form keeps the other parameters as hidden fields and has labelled date fields.
    assertThat(get("/search?keyword=Oceans&lang=en").body())
        .contains("type=\"hidden\" name=\"keyword\" value=\"Oceans\"")
        .contains("<label class=\"fr-label\" for=\"start\"").contains("id=\"start\" name=\"start\"");
    long recent = total(get("/search?start=2020&end=2025").body());
    long all = total(get("/search").body());
    assertThat(recent).isPositive().isLessThan(all);
    assertThat(get("/search?start=2025&end=2020").status()).isEqualTo(400);
  }

  @Test
  void theYearFacetIsAHistogramOfLinks() {
    String page = get("/search?lang=en").body();
    Matcher bar = Pattern.compile("<ul class=\"histogram\">.*?href=\"([^\"]+)\".*?style=\"height:(\\d+)%", Pattern.DOTALL).matcher(page);
    assertThat(bar.find()).isTrue();
    assertThat(bar.group(1)).contains("year=");
    assertThat(Integer.parseInt(bar.group(2))).isBetween(1, 100);
  }

  @Test
  void everyPageHasTheLayoutAndBothLanguages() {
    for (String path : List.of("/", "/search", "/map", "/collections", "/help", "/help/faq", "/help/tutorial")) {
      Answer fr = get(path + (path.contains("?") ? "&" : "?") + "lang=fr");
      assertThat(fr.status()).as(path).isEqualTo(200);
      assertThat(fr.body()).as(path).contains("lang=\"fr\"").contains("class=\"fr-skiplinks\"").contains("href=\"#contenu\"")
          .contains("id=\"contenu\"").contains("class=\"fr-header\"").contains("class=\"fr-footer\"")
          .contains("/dsfr/dsfr.min.css").contains("href=\"/help\"").contains("lang=en");
      assertThat(get(path + "?lang=en").body()).as(path).contains("lang=\"en\"").contains("Help");
    }
    assertThat(get("/help/faq?lang=fr").body()).contains("<h1>Questions fréquentes</h1>").contains("<table>");
    assertThat(get("/help/faq?lang=en").body()).contains("<h1>Frequently asked questions</h1>");
    assertThat(get("/help/nothing-here").status()).isEqualTo(404);
    assertThat(get("/map?lang=en").body()).contains("value=\"-5.15,47.27,-1.01,48.9\"").contains("Brittany");
  }

  @Test
  void theDesignSystemLeafletAndScriptsAreServed() throws Exception {
    for (String path : List.of("/dsfr/dsfr.min.css", "/dsfr/dsfr.module.min.js", "/dsfr/utility/icons/icons.min.css",
        "/dsfr/fonts/Marianne-Regular.woff2", "/webjars/leaflet/1.9.4/dist/leaflet.js", "/webjars/leaflet/1.9.4/dist/leaflet.css",
        "/js/suggest.js", "/js/boxdraw.js", "/js/results-map.js", "/js/map-search.js", "/css/moisson.css")) {
      assertThat(get(path).status()).as(path).isEqualTo(200);
    }
    // The design system's stylesheet is large; it travels compressed.
    HttpResponse<byte[]> css = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/dsfr/dsfr.min.css")))
        .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(css.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(css.body().length).isLessThan(200_000);
  }

  @Test
  void theMapCarriesTheHitsFootprints() {
    String page = get("/search?lang=en").body();
    Matcher m = Pattern.compile("data-footprints=\"([^\"]*)\"").matcher(page);
    assertThat(m.find()).isTrue();
    assertThat(unescape(m.group(1))).contains("\"boxes\":[[");
  }

  private static long total(String html) {
    Matcher m = TOTAL.matcher(html);
    if (!m.find()) throw new AssertionError("no total in the page");
    return Long.parseLong(m.group(1).replaceAll("\\D", ""));
  }

  private static List<String> facetLinks(String html, String facet) {
    Matcher section = Pattern.compile("data-facet=\"" + facet + "\">(.*?)</section>", Pattern.DOTALL).matcher(html);
    if (!section.find()) throw new AssertionError("no facet " + facet);
    List<String> out = new ArrayList<>();
    Matcher a = Pattern.compile("href=\"([^\"]+)\"").matcher(section.group(1));
    while (a.find()) out.add(unescape(a.group(1)));
    return out;
  }

  private static List<String> hitIds(String html) {
    List<String> out = new ArrayList<>();
    Matcher a = Pattern.compile("href=\"/datasets/([^\"]+)\"").matcher(html);
    while (a.find()) out.add(a.group(1));
    return out;
  }

  private static long countParam(String href, String name) {
    return Pattern.compile("[?&]" + name + "=").matcher(href).results().count();
  }

  private static String unescape(String html) {
    return html.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">");
  }
}
