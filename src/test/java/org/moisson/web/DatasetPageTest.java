package org.moisson.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moisson.support.AppTest;
import org.moisson.support.LocalOaiPmhProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The dataset page, its citation downloads, the counted way to the source and the FAIR API, on two
 * DataCite records harvested over OAI-PMH from 127.0.0.1 by two sources: A, rich, related to a paper,
 * a software and its documentation; B, derived from A (so A's page shows B as a reverse relation).
 */
class DatasetPageTest extends AppTest {
  private static final String TAG = UUID.randomUUID().toString().substring(0, 8);
  private static final String DOI_A = "10.5072/page-" + TAG + "-a";
  private static final String DOI_B = "10.5072/page-" + TAG + "-b";
  private static LocalOaiPmhProvider oai;
  private static String idA;
  private static String idB;
  private static long sourceA;

  @Autowired
  JdbcTemplate jdbc;

  @BeforeEach
  void harvestOnce() {
    if (idA != null) return;
    oai = new LocalOaiPmhProvider(10);
    oai.put("oai:page:a", recordA());
    oai.put("oai:page:b", recordB());
    sourceA = createSource("{\"name\":\"Page repository " + TAG + "\",\"protocol\":\"oai-pmh\",\"url\":\"" + oai.url() + "\"}");
    long aggregator = createSource("{\"name\":\"Page aggregator " + TAG + "\",\"protocol\":\"oai-pmh\",\"url\":\"" + oai.url()
        + "\",\"priority\":200}");
    assertThat(harvest(sourceA, true).get("status").asString()).isEqualTo("SUCCEEDED");
    assertThat(harvest(aggregator, true).get("status").asString()).isEqualTo("SUCCEEDED");
    idA = idOf(DOI_A);
    idB = idOf(DOI_B);
  }

  @AfterAll
  static void stop() {
    if (oai != null) oai.close();
  }

  private String idOf(String doi) {
    JsonNode r = get("/api/v1/datasets?q=" + URLEncoder.encode("\"" + TAG + "\"", StandardCharsets.UTF_8) + "&size=10").json();
    for (JsonNode item : r.get("items")) {
      JsonNode one = get("/api/v1/datasets/" + item.get("id").asString()).json();
      for (JsonNode i : one.get("identifiers")) if (doi.equals(i.get("value").asString())) return item.get("id").asString();
    }
    throw new AssertionError("no dataset with DOI " + doi + " in " + r);
  }

  @Test
  void pageShowsTheDescriptionTheWayToTheSourceAndTheMap() {
    Answer page = get("/datasets/" + idA + "?lang=en");
    assertThat(page.status()).isEqualTo(200);
    String html = page.body();
    assertThat(html).contains("Soil moisture " + TAG)
        .contains("<p>First paragraph of the abstract, long enough to be read.")
        .contains("Second paragraph &lt;b&gt;not bold&lt;/b&gt;.").doesNotContain("<b>not bold</b>")
        .contains("href=\"https://orcid.org/0000-0002-1825-0097\"")
        .contains("href=\"https://ror.org/02feahw73\"")
        .contains("GCMD Science Keywords")
        .contains("/search?concept=https://gcmdservices.gsfc.nasa.gov/kms/concept/soil-moisture")
        .contains("/search?keyword=free%20word")
        .contains("href=\"https://creativecommons.org/licenses/by/4.0/\"")
        .contains("class=\"fr-btn access\"").contains("/datasets/" + idA + "/go?to=https%3A%2F%2Fdoi.org%2F")
        .contains("id=\"map\"").contains("data-geojson=").contains("/webjars/leaflet/1.9.4/dist/leaflet.js")
        .contains("Box: west -5, south 42, east 9, north 51").contains("class=\"timebar\"")
        .contains("class=\"fr-table").contains("application/x-netcdf")
        .contains("Page repository " + TAG).contains("Page aggregator " + TAG)
        .contains("href=\"#panel-publications\"").contains("id=\"panel-publications\"")
        .contains("Scientific publications (1)").contains("Services &amp; algorithms (1)")
        .contains("Documentation (1)").contains("Other datasets (1)")
        .contains("href=\"https://doi.org/10.1000/paper-" + TAG + "\"")
        .contains("Is the source of").contains("href=\"/datasets/" + idB + "\"")
        .contains("FAIR score").contains("href=\"/fair\"")
        .contains("Martin, C. (2021): Soil moisture " + TAG + ". Version 2.0. Test repository. (Dataset). https://doi.org/" + DOI_A)
        .contains("/datasets/" + idA + "/cite.bib").contains("/datasets/" + idA + "/cite.csl.json")
        .contains("application/ld+json");
    assertThat(get("/webjars/leaflet/1.9.4/dist/leaflet.js").status()).isEqualTo(200);
    assertThat(get("/js/dataset-map.js").status()).isEqualTo(200);
  }

  @Test
  void pageIsInFrenchByDefault() {
    String html = get("/datasets/" + idA + "?lang=fr").body();
    assertThat(html).contains("Publications scientifiques (1)").contains("Services et algorithmes (1)")
        .contains("Score FAIR").contains("Citer").contains("Disponible auprès de");
  }

  @Test
  void theDerivedDatasetLinksToItsSourceInTheCatalogue() {
    String html = get("/datasets/" + idB + "?lang=en").body();
    assertThat(html).contains("Other datasets (1)").contains("Is derived from").contains("href=\"/datasets/" + idA + "\"");
  }

  @Test
  void citationDownloadsHaveTheirTypesAndNames() {
    Answer bib = get("/datasets/" + idA + "/cite.bib");
    assertThat(bib.status()).isEqualTo(200);
    assertThat(bib.contentType()).startsWith("application/x-bibtex");
    assertThat(bib.body()).startsWith("@misc{" + DOI_A).contains("doi = {" + DOI_A + "}");
    assertThat(get("/datasets/" + idA + "/cite.ris").body()).startsWith("TY  - DATA").contains("DO  - " + DOI_A);
    Answer xml = get("/datasets/" + idA + "/cite.xml");
    assertThat(xml.contentType()).startsWith("application/vnd.datacite.datacite+xml");
    assertThat(xml.body()).contains("<identifier identifierType=\"DOI\">" + DOI_A + "</identifier>");
    assertThat(get("/datasets/" + idA + "/datacite.xml").body()).isEqualTo(xml.body());
    Answer csl = get("/datasets/" + idA + "/cite.csl.json");
    assertThat(csl.contentType()).startsWith("application/vnd.citationstyles.csl+json");
    assertThat(csl.json().get(0).get("DOI").asString()).isEqualTo(DOI_A);
    HttpResponse<String> raw = raw("/datasets/" + idA + "/cite.ris", "test");
    assertThat(raw.headers().firstValue("Content-Disposition").orElse(""))
        .contains("attachment").contains("filename=\"" + DOI_A.replace("/", "_") + ".ris\"");
    assertThat(get("/datasets/" + idA + "/cite.doc").status()).isEqualTo(404);
    assertThat(get("/datasets/nope/cite.bib").status()).isEqualTo(404);
  }

  @Test
  void goRedirectsOnlyToTheDatasetsOwnLinksAndCountsClicks() {
    long before = jdbcClicks(idA);
    HttpResponse<String> go = raw("/datasets/" + idA + "/go?to=" + URLEncoder.encode("https://doi.org/" + DOI_A,
        StandardCharsets.UTF_8), "test");
    assertThat(go.statusCode()).isEqualTo(303);
    assertThat(go.headers().firstValue("Location")).hasValue("https://doi.org/" + DOI_A);
    Answer evil = get("/datasets/" + idA + "/go?to=" + URLEncoder.encode("https://evil.example/", StandardCharsets.UTF_8));
    assertThat(evil.status()).isEqualTo(400);
    assertThat(evil.json().get("message").asString()).contains("not a link of dataset");
    assertThat(get("/datasets/" + idA + "/go").status()).isEqualTo(400);
    assertThat(get("/datasets/" + idA + "/go?to=javascript:alert(1)").status()).isEqualTo(400);
    // Written in a batch within a few seconds, not at once.
    awaitDb(() -> jdbcClicks(idA) >= before + 1);
  }

  @Test
  void viewsAreCountedInDailyAggregatesWithoutRobots() {
    long before = jdbcViews(idB);
    get("/datasets/" + idB);
    get("/datasets/" + idB);
    raw("/datasets/" + idB, "Mozilla/5.0 (compatible; Googlebot/2.1)");
    assertThat(get("/datasets/" + idB + "?lang=en").body()).containsPattern("Viewed (once|\\d+ times), ");
    awaitDb(() -> jdbcViews(idB) >= before + 3);
    sleep(2500);
    assertThat(jdbcViews(idB)).isEqualTo(before + 3);
    assertThat(jdbc.queryForObject("select count(*) from information_schema.columns where table_name = 'dataset_usage'",
        Long.class)).as("dataset, day, views, clicks: nothing about visitors").isEqualTo(4);
  }

  @Test
  void fairScoreIsInTheApiPerDatasetAndPerSource() {
    JsonNode fair = get("/api/v1/datasets/" + idA).json().get("fair");
    assertThat(fair.get("F").asInt()).isEqualTo(100);
    assertThat(fair.get("I").asInt()).isEqualTo(100);
    JsonNode indicators = fair.get("indicators");
    assertThat(indicators.size()).isEqualTo(13);
    JsonNode a12 = null;
    for (JsonNode i : indicators) if (i.get("id").asString().equals("A1.2")) a12 = i;
    assertThat(a12.get("met").asBoolean()).isFalse();
    assertThat(a12.get("why").asString()).contains("access rights");
    JsonNode frB = get("/api/v1/datasets/" + idB + "?lang=fr").json().get("fair");
    assertThat(frB.get("indicators").get(0).get("name").asString()).isEqualTo("Identifiant pérenne");

    JsonNode source = get("/api/v1/fair/sources/" + sourceA).json();
    assertThat(source.get("datasets").asLong()).isEqualTo(2);
    assertThat(source.get("F").asDouble()).isGreaterThan(0);
    assertThat(source.get("indicatorsMet").get("F1").asDouble()).isEqualTo(100.0);
    assertThat(get("/api/v1/fair/sources").json().toString()).contains("Page repository " + TAG);
    assertThat(get("/api/v1/fair/sources/999999").status()).isEqualTo(404);
    assertThat(get("/api/v1/fair/sources/abc").status()).isEqualTo(400);
    assertThat(get("/api/v1/fair/indicators?lang=en").json().size()).isEqualTo(13);
  }

  @Test
  void fairExplanationPageInBothLanguages() {
    assertThat(get("/fair?lang=en").body()).contains("How Moisson computes FAIR scores").contains("Machine-readable licence");
    assertThat(get("/fair?lang=fr").body()).contains("Comment Moisson calcule les scores FAIR").contains("Licence lisible par machine");
  }

  @Test
  void pageJsonLdPassesThroughJena() {
    Matcher m = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL)
        .matcher(get("/datasets/" + idA).body());
    assertThat(m.find()).isTrue();
    var model = org.moisson.rdf.SafeRdf.parse(m.group(1), org.apache.jena.riot.Lang.JSONLD, url("/datasets/" + idA));
    assertThat(model.listObjectsOfProperty(model.createProperty("http://schema.org/citation")).toList()).hasSize(1);
  }

  private long jdbcClicks(String id) {
    return jdbc.queryForObject("select coalesce(sum(clicks), 0) from dataset_usage where dataset_id = ?", Long.class, id);
  }

  private long jdbcViews(String id) {
    return jdbc.queryForObject("select coalesce(sum(views), 0) from dataset_usage where dataset_id = ?", Long.class, id);
  }

  private static void awaitDb(java.util.function.BooleanSupplier ok) {
    Instant deadline = Instant.now().plusSeconds(10);
    while (!ok.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) throw new AssertionError("not written within 10 s");
      sleep(100);
    }
  }

  private HttpResponse<String> raw(String path, String userAgent) {
    try {
      return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path)))
          .header("User-Agent", userAgent).GET().build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static String recordA() {
    return """
        <resource xmlns="http://datacite.org/schema/kernel-4">
          <identifier identifierType="DOI">%1$s</identifier>
          <creators><creator><creatorName nameType="Personal">Martin, Claire</creatorName>
            <givenName>Claire</givenName><familyName>Martin</familyName>
            <nameIdentifier nameIdentifierScheme="ORCID" schemeURI="https://orcid.org">https://orcid.org/0000-0002-1825-0097</nameIdentifier>
            <affiliation affiliationIdentifier="https://ror.org/02feahw73" affiliationIdentifierScheme="ROR">CNRS</affiliation>
          </creator></creators>
          <titles><title xml:lang="en">Soil moisture %2$s</title></titles>
          <publisher>Test repository</publisher>
          <publicationYear>2021</publicationYear>
          <resourceType resourceTypeGeneral="Dataset">Measurements</resourceType>
          <subjects>
            <subject subjectScheme="GCMD Science Keywords" valueURI="https://gcmdservices.gsfc.nasa.gov/kms/concept/soil-moisture">SOIL MOISTURE</subject>
            <subject>free word</subject>
          </subjects>
          <dates><date dateType="Coverage">2015-01-01/2020-12-31</date></dates>
          <version>2.0</version>
          <formats><format>application/x-netcdf</format></formats>
          <rightsList><rights rightsURI="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</rights></rightsList>
          <relatedIdentifiers>
            <relatedIdentifier relatedIdentifierType="DOI" relationType="IsCitedBy" resourceTypeGeneral="JournalArticle">10.1000/paper-%2$s</relatedIdentifier>
            <relatedIdentifier relatedIdentifierType="URL" relationType="IsSupplementedBy" resourceTypeGeneral="Software">https://git.example.org/soil/%2$s</relatedIdentifier>
            <relatedIdentifier relatedIdentifierType="URL" relationType="IsDocumentedBy">https://docs.example.org/soil/%2$s</relatedIdentifier>
          </relatedIdentifiers>
          <descriptions><description descriptionType="Abstract" xml:lang="en">First paragraph of the abstract, long enough to be read.

        Second paragraph &lt;b&gt;not bold&lt;/b&gt;.</description></descriptions>
          <geoLocations>
            <geoLocation><geoLocationBox><westBoundLongitude>-5</westBoundLongitude><eastBoundLongitude>9</eastBoundLongitude>
              <southBoundLatitude>42</southBoundLatitude><northBoundLatitude>51</northBoundLatitude></geoLocationBox></geoLocation>
            <geoLocation><geoLocationPoint><pointLongitude>2.35</pointLongitude><pointLatitude>48.85</pointLatitude></geoLocationPoint></geoLocation>
          </geoLocations>
        </resource>""".formatted(DOI_A, TAG);
  }

  private static String recordB() {
    return """
        <resource xmlns="http://datacite.org/schema/kernel-4">
          <identifier identifierType="DOI">%1$s</identifier>
          <creators><creator><creatorName>Dupont, Jean</creatorName></creator></creators>
          <titles><title xml:lang="fr">Humidité des sols, moyennes mensuelles %2$s</title></titles>
          <publisher>Test repository</publisher>
          <publicationYear>2022</publicationYear>
          <resourceType resourceTypeGeneral="Dataset"/>
          <relatedIdentifiers>
            <relatedIdentifier relatedIdentifierType="DOI" relationType="IsDerivedFrom">https://doi.org/%3$s</relatedIdentifier>
          </relatedIdentifiers>
        </resource>""".formatted(DOI_B, TAG, DOI_A.toUpperCase());
  }
}
