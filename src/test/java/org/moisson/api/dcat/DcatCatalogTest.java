package org.moisson.api.dcat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.moisson.support.AppTest;
import org.moisson.support.DemoSources;
import org.moisson.support.RealSources;

/** DCAT-AP 3 output over real HTTP: SHACL conformance, content negotiation, suffixes and Hydra paging. */
class DcatCatalogTest extends AppTest {

  static String sourceParams(List<String> names) {
    return names.stream().map(n -> "source=" + URLEncoder.encode(n, StandardCharsets.UTF_8)).reduce((a, b) -> a + "&" + b).orElse("");
  }

  private Model parse(String body, Lang lang, String base) {
    Model m = ModelFactory.createDefaultModel();
    RDFParser.create().source(new StringReader(body)).lang(lang).base(base).parse(m);
    return m;
  }

  private Model fetch(String path, Lang lang) {
    Answer a = get(path);
    assertThat(a.status()).as(path + " " + a.body()).isEqualTo(200);
    return parse(a.body(), lang, url(path));
  }

  @Test
  void theDemoCatalogueConformsToTheDcatAp3Shapes() {
    List<String> demo = DemoSources.load(this);
    Model m = fetch("/catalog.ttl?size=100&" + sourceParams(demo), Lang.TURTLE);
    assertThat(m.listSubjectsWithProperty(RDF.type, DcatVocabulary.DATASET).toList()).hasSize(40);
    assertThat(DcatApShapes.violations(m.getGraph())).isEmpty();
    // The shapes did run: warnings for what DCAT-AP only recommends (e.g. no contact point) show up.
    assertThat(DcatApShapes.entries(m.getGraph())).isPositive();
  }

  @Test
  void realHarvestedRecordsConformToTheDcatAp3Shapes() {
    for (String source : RealSources.load(this)) {
      Model m = fetch("/catalog.ttl?size=100&" + sourceParams(List.of(source)), Lang.TURTLE);
      assertThat(m.listSubjectsWithProperty(RDF.type, DcatVocabulary.DATASET).toList()).as(source).isNotEmpty();
      assertThat(DcatApShapes.violations(m.getGraph())).as(source).isEmpty();
    }
  }

  @Test
  void theShapesCatchABrokenDataset() {
    DemoSources.load(this);
    Model m = fetch("/catalog.ttl?size=1&" + sourceParams(DemoSources.load(this)), Lang.TURTLE);
    Resource ds = m.listSubjectsWithProperty(RDF.type, DcatVocabulary.DATASET).next();
    ds.removeAll(DcatVocabulary.TITLE);
    ds.addProperty(DcatVocabulary.ISSUED, "sometime");
    assertThat(DcatApShapes.violations(m.getGraph())).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void eachDatasetNegotiatesItsSyntaxAndTheHtmlPageStays() {
    List<String> demo = DemoSources.load(this);
    String id = get("/api/v1/datasets?size=1&" + sourceParams(demo)).json().get("items").get(0).get("id").asString();
    String iri = url("/datasets/" + id);
    for (Object[] c : new Object[][] {{"text/turtle", Lang.TURTLE}, {"application/rdf+xml", Lang.RDFXML},
        {"application/ld+json", Lang.JSONLD}}) {
      Answer a = send(HttpRequest.newBuilder(URI.create(iri)).header("Accept", (String) c[0]).GET());
      assertThat(a.status()).isEqualTo(200);
      assertThat(a.contentType()).startsWith((String) c[0]);
      Model m = parse(a.body(), (Lang) c[1], iri);
      assertThat(m.contains(m.createResource(iri), RDF.type, DcatVocabulary.DATASET)).as((String) c[0]).isTrue();
      assertThat(DcatApShapes.violations(m.getGraph())).isEmpty();
    }
    for (Object[] c : new Object[][] {{".ttl", Lang.TURTLE}, {".rdf", Lang.RDFXML}, {".jsonld", Lang.JSONLD}}) {
      Model m = fetch("/datasets/" + id + c[0], (Lang) c[1]);
      assertThat(m.contains(m.createResource(iri), RDF.type, DcatVocabulary.DATASET)).as((String) c[0]).isTrue();
    }
    Answer html = send(HttpRequest.newBuilder(URI.create(iri)).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET());
    assertThat(html.status()).isEqualTo(200);
    assertThat(html.contentType()).startsWith("text/html");
    assertThat(get("/datasets/nope.ttl").status()).isEqualTo(404);
    assertThat(get("/catalog.jsonld?size=2").contentType()).startsWith("application/ld+json");
    assertThat(get("/catalog.rdf?size=2").contentType()).startsWith("application/rdf+xml");
  }

  @Test
  void theCatalogueIsPagedWithHydraAndFilteredLikeTheSearchApi() {
    List<String> demo = DemoSources.load(this);
    String first = "/catalog.ttl?size=7&" + sourceParams(demo);
    Set<String> seen = new HashSet<>();
    List<String> pages = new ArrayList<>();
    String next = url(first);
    while (next != null) {
      pages.add(next);
      Model m = fetch(next.substring(url("").length()), Lang.TURTLE);
      m.listSubjectsWithProperty(RDF.type, DcatVocabulary.DATASET).forEach(r -> seen.add(r.getURI()));
      Resource view = m.listSubjectsWithProperty(RDF.type, DcatVocabulary.PARTIAL_VIEW).next();
      assertThat(view.getProperty(DcatVocabulary.FIRST).getResource().getURI()).contains("page=1");
      assertThat(view.getProperty(DcatVocabulary.LAST).getResource().getURI()).contains("page=6");
      if (pages.size() > 1) assertThat(view.hasProperty(DcatVocabulary.PREVIOUS)).isTrue();
      next = view.hasProperty(DcatVocabulary.NEXT) ? view.getProperty(DcatVocabulary.NEXT).getResource().getURI() : null;
      assertThat(pages.size()).isLessThan(10);
    }
    assertThat(pages).hasSize(6);
    assertThat(seen).hasSize(40);
    Model catalog = fetch(first, Lang.TURTLE);
    assertThat(catalog.listObjectsOfProperty(DcatVocabulary.TOTAL_ITEMS).next().asLiteral().getLong()).isEqualTo(40);

    long recent = get("/api/v1/datasets?size=0&start=2020&" + sourceParams(demo)).json().get("total").asLong();
    Model filtered = fetch("/catalog.ttl?size=100&start=2020&" + sourceParams(demo), Lang.TURTLE);
    assertThat(filtered.listSubjectsWithProperty(RDF.type, DcatVocabulary.DATASET).toList()).hasSize((int) recent);
    assertThat(recent).isPositive().isLessThan(40);

    Model unfiltered = fetch("/catalog.ttl?size=3", Lang.TURTLE);
    assertThat(unfiltered.listSubjectsWithProperty(RDF.type, DcatVocabulary.DATASET).toList()).hasSize(3);
    for (String bad : List.of("size=0", "size=500", "page=0", "bbox=1,2", "colour=blue")) {
      Answer a = get("/catalog?" + bad);
      assertThat(a.status()).as(bad).isEqualTo(400);
      assertThat(a.json().get("message").asString()).isNotBlank();
    }
  }
}
