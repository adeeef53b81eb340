package org.moisson.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moisson.support.AppTest;
import org.moisson.support.DemoSources;

/** The home, results and dataset pages, rendered by the running application. */
class PagesTest extends AppTest {
  @BeforeEach
  void load() {
    DemoSources.load(this);
  }

  @Test
  void homeHasASearchBox() {
    Answer home = get("/");
    assertThat(home.status()).isEqualTo(200);
    assertThat(home.body()).contains("<form").contains("name=\"q\"").contains("action=\"/search\"");
    // French by default, with the way to English on the page itself.
    assertThat(home.body()).contains("lang=\"fr\"").contains("?lang=en");
    assertThat(get("/?lang=en").body()).contains("lang=\"en\"").contains("Find research data");
  }

  @Test
  void resultsPageListsHitsWithFacetsAndPaging() {
    Answer page = get("/search?q=ocean&size=2");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("href=\"/datasets/").contains("class=\"facet\"").contains("rel=\"next\"");
    Answer english = get("/search?q=ocean&lang=en");
    assertThat(english.body()).contains("Resource type");
    Answer french = get("/search?q=ocean&lang=fr");
    assertThat(french.body()).contains("Type de ressource");
  }

  @Test
  void aBadSearchIsA400PageThatSaysWhy() {
    Answer bad = get("/search?bbox=nonsense");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("bbox").doesNotContain("Exception");
  }

  @Test
  void datasetPageCarriesSchemaOrgJsonLd() {
    Answer search = get("/api/v1/datasets?size=1&source=" + java.net.URLEncoder.encode(DemoSources.PREFIX + "demo-seanoe",
        java.nio.charset.StandardCharsets.UTF_8));
    String id = search.json().get("items").get(0).get("id").asString();
    String title = search.json().get("items").get(0).get("title").asString();
    Answer page = get("/datasets/" + id);
    assertThat(page.status()).isEqualTo(200);
    Matcher m = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL).matcher(page.body());
    assertThat(m.find()).isTrue();
    Model model = ModelFactory.createDefaultModel();
    RDFParser.fromString(m.group(1), Lang.JSONLD).parse(model);
    assertThat(model.listSubjectsWithProperty(RDF.type, model.createResource("http://schema.org/Dataset")).toList()).hasSize(1);
    assertThat(model.listObjectsOfProperty(model.createProperty("http://schema.org/name")).toList())
        .anySatisfy(n -> assertThat(n.asLiteral().getString()).isEqualTo(title));
    assertThat(get("/datasets/does-not-exist").status()).isEqualTo(404);
  }

  @Test
  void harvestedHtmlIsShownAsText() {
    Answer page = send(HttpRequest.newBuilder(URI.create(url("/search?q=%3Cscript%3Ealert(1)%3C/script%3E"))).GET());
    assertThat(page.body()).doesNotContain("<script>alert(1)</script>");
  }
}
