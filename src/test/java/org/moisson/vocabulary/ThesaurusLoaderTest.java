package org.moisson.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.moisson.vocabulary.TestThesauri.GCMD;
import static org.moisson.vocabulary.TestThesauri.GEMET;
import static org.moisson.vocabulary.TestThesauri.THEMES;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moisson.rdf.RdfException;

class ThesaurusLoaderTest {
  private static final String AEROSOLS = GCMD + "2e5a401b-1507-4f57-82b8-36557c13b154";
  private static final String ATMOSPHERE = GCMD + "c47f6052-634e-40ef-a5ac-13f69f6f4c2a";
  private static final String EARTH_SCIENCE = GCMD + "e9f67a66-e9fc-435c-b720-ae32a2c3d8f5";

  @Test
  void gcmdRelativeAboutsResolveAgainstEachElementsXmlBaseNotTheFile() {
    Thesaurus t = ThesaurusLoader.load(List.of(TestThesauri.gcmd()));
    assertThat(t.size()).isEqualTo(2000); // the file is one page of the KMS export
    assertThat(t.concepts()).allSatisfy(c -> assertThat(c.uri()).startsWith(GCMD));
    Concept aerosols = t.concept(AEROSOLS).orElseThrow();
    assertThat(aerosols.label("en")).isEqualTo("AEROSOLS");
    assertThat(aerosols.label("fr")).isEqualTo("AEROSOLS"); // no French: English
    assertThat(aerosols.scheme()).isEqualTo(TestThesauri.GCMD_SCHEME);
    assertThat(aerosols.broader()).containsExactly(ATMOSPHERE);
    assertThat(aerosols.definition("en")).isNotBlank();
    assertThat(t.children(AEROSOLS)).extracting(c -> c.label("en")).contains("AEROSOL OPTICAL DEPTH/THICKNESS",
        "CARBONACEOUS AEROSOLS");
    assertThat(t.ancestors(AEROSOLS)).startsWith(ATMOSPHERE).contains(EARTH_SCIENCE);
  }

  @Test
  void gcmdSchemeIsNamedAfterItsUriAndRootedInScienceKeywords() {
    Thesaurus t = ThesaurusLoader.load(List.of(TestThesauri.gcmd()));
    ConceptScheme s = t.scheme(TestThesauri.GCMD_SCHEME).orElseThrow();
    assertThat(s.title("fr")).isEqualTo("sciencekeywords");
    assertThat(t.topConcepts(s.uri())).extracting(c -> c.label("en")).containsExactly("Science Keywords");
    assertThat(t.children(s.topConcepts().get(0).toString())).extracting(c -> c.label("en"))
        .containsExactly("EARTH SCIENCE", "EARTH SCIENCE SERVICES");
  }

  @Test
  void gcmdCsvCompletesTheRdfPageIntoTheWholeHierarchy() {
    Thesaurus t = ThesaurusLoader.load(List.of(TestThesauri.gcmd(), TestThesauri.gcmdCsv()));
    assertThat(t.size()).isEqualTo(3284); // 3,283 keywords of the CSV and the RDF's "Science Keywords" root
    String ecosystems = GCMD + "f1a25060-330c-4f84-9633-ed59ae8c64bf"; // in the CSV only
    assertThat(t.concept(ecosystems).orElseThrow().label("fr")).isEqualTo("ECOSYSTEMS");
    assertThat(t.children(ecosystems)).extracting(c -> c.label("en")).contains("MARINE ECOSYSTEMS", "TERRESTRIAL ECOSYSTEMS");
    assertThat(t.concept(AEROSOLS).orElseThrow().definition("en")).isNotBlank(); // from the RDF
    assertThat(t.concept(AEROSOLS).orElseThrow().broader()).containsExactly(ATMOSPHERE);
    assertThat(t.topConcepts(TestThesauri.GCMD_SCHEME)).extracting(c -> c.label("en")).containsExactly("Science Keywords");
    assertThat(t.ancestors(ecosystems)).contains(EARTH_SCIENCE);
  }

  @Test
  void gemetInTwoFilesMergesIntoOneSchemeWithBothLanguages() {
    Thesaurus t = ThesaurusLoader.load(TestThesauri.gemet());
    assertThat(t.size()).isEqualTo(5220);
    Concept aerosol = t.concept(GEMET + "157").orElseThrow();
    assertThat(aerosol.label("fr")).isEqualTo("aérosol");
    assertThat(aerosol.label("en")).isEqualTo("aerosol");
    assertThat(aerosol.scheme()).isEqualTo("http://geonetwork-opensource.org/gemet");
    assertThat(aerosol.broader()).hasSize(1);
    long frenchLess = t.concepts().stream().filter(c -> !c.prefLabels().containsKey("fr")).count();
    assertThat(frenchLess).isEqualTo(12);
    assertThat(t.concepts()).filteredOn(c -> !c.prefLabels().containsKey("fr") && c.prefLabels().containsKey("en"))
        .allSatisfy(c -> assertThat(c.label("fr")).isEqualTo(c.prefLabels().get("en")));
    assertThat(t.scheme("http://geonetwork-opensource.org/gemet").orElseThrow().title("en")).isEqualTo("GEMET");
  }

  @Test
  void inspireThemesKeepFrenchAndEnglishOnly() {
    Thesaurus t = ThesaurusLoader.load(List.of(TestThesauri.inspire()));
    assertThat(t.size()).isEqualTo(34);
    Concept rs = t.concept("http://rdfdata.eionet.europa.eu/inspirethemes/themes/1").orElseThrow();
    assertThat(rs.label("fr")).isEqualTo("Référentiels de coordonnées");
    assertThat(rs.label("en")).isEqualTo("Coordinate reference systems");
    assertThat(rs.prefLabels().keySet()).containsExactlyInAnyOrder("fr", "en");
    assertThat(rs.scheme()).isEqualTo("http://geonetwork-opensource.org/inspire-theme");
    assertThat(rs.altLabels().get("")).containsExactly("rs");
  }

  @Test
  void themeSchemeHasSevenOrderedThemesMappedToRealGcmdConcepts() throws Exception {
    Thesaurus t = TestThesauri.all();
    List<Concept> themes = t.topConcepts("https://w3id.org/moisson/themes");
    assertThat(themes).extracting(c -> c.label("fr")).containsExactly("Terre solide", "Océans", "Atmosphère",
        "Climat", "Biodiversité", "Surfaces continentales", "Agro-écologie");
    assertThat(themes).extracting(c -> c.label("en")).containsExactly("Solid Earth", "Oceans", "Atmosphere",
        "Climate", "Biodiversity", "Continental surfaces", "Agro-environment");
    for (Concept theme : themes) {
      assertThat(theme.definition("fr")).isNotBlank();
      assertThat(theme.definition("en")).isNotBlank();
      assertThat(t.children(theme.uri())).as(theme.label("en")).hasSizeGreaterThanOrEqualTo(2)
          .allSatisfy(sub -> assertThat(sub.label("fr")).isNotEqualTo(sub.label("en")).isNotBlank());
    }
    assertThat(t.children(THEMES + "atmosphere")).extracting(Concept::uri).startsWith(THEMES + "aerosols");
    assertThat(t.children(THEMES + "aerosols")).extracting(c -> c.label("fr")).contains("Épaisseur optique des aérosols");
    // Every mapping names a concept of GCMD 9.1.5 (the CSV lists them all; the RDF file is one page).
    Set<String> gcmd = Files.readAllLines(TestThesauri.fixture("gcmd/sciencekeywords.csv")).stream()
        .map(l -> l.replaceAll(".*\"([0-9a-f-]{36})\"\\s*$", "$1")).collect(Collectors.toSet());
    List<String> targets = t.concepts().stream().filter(c -> c.scheme().equals("https://w3id.org/moisson/themes"))
        .flatMap(c -> Stream.concat(c.exactMatch().stream(), c.closeMatch().stream())).toList();
    assertThat(targets).hasSizeGreaterThan(60).allSatisfy(u -> assertThat(gcmd).contains(u.substring(GCMD.length())));
    assertThat(t.concept(GCMD + "2e5a401b-1507-4f57-82b8-36557c13b154")).isPresent();
  }

  @Test
  void turtleAndJsonLdLoadToo(@TempDir Path dir) throws Exception {
    Path ttl = dir.resolve("s.ttl");
    Files.writeString(ttl, """
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        <https://ex.org/a> a skos:Concept ; skos:prefLabel "Sol"@fr, "Soil"@en ; skos:narrower <https://ex.org/b> .
        <https://ex.org/b> a skos:Concept ; skos:prefLabel "Humidité du sol"@fr .
        """);
    Path json = dir.resolve("s.jsonld");
    Files.writeString(json, """
        {"@context": {"skos": "http://www.w3.org/2004/02/skos/core#"},
         "@id": "https://ex.org/c", "@type": "skos:Concept",
         "skos:prefLabel": {"@value": "Carbone", "@language": "fr"},
         "skos:broader": {"@id": "https://ex.org/a"}}
        """);
    Thesaurus t = ThesaurusLoader.load(List.of(ThesaurusSource.file(ttl), ThesaurusSource.file(json)));
    assertThat(t.children("https://ex.org/a")).extracting(c -> c.label("fr")).containsExactly("Carbone", "Humidité du sol");
    assertThat(t.concept("https://ex.org/b").orElseThrow().broader()).containsExactly("https://ex.org/a");
    assertThat(t.concept("https://ex.org/b").orElseThrow().label("en")).isEqualTo("Humidité du sol");
  }

  @Test
  void externalEntitiesAreNeverRead(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET");
    Path hostile = dir.resolve("hostile.rdf");
    Files.writeString(hostile, """
        <?xml version="1.0"?>
        <!DOCTYPE rdf:RDF [ <!ENTITY x SYSTEM "%s"> ]>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:skos="http://www.w3.org/2004/02/skos/core#">
          <skos:Concept rdf:about="https://ex.org/x"><skos:prefLabel xml:lang="en">&x;</skos:prefLabel></skos:Concept>
        </rdf:RDF>
        """.formatted(secret.toUri()));
    try {
      Thesaurus t = ThesaurusLoader.load(List.of(ThesaurusSource.file(hostile)));
      assertThat(t.concepts()).allSatisfy(c -> assertThat(c.prefLabels().values()).noneMatch(l -> l.contains("TOP-SECRET")));
    } catch (RdfException refused) {
      assertThat(refused.getMessage()).doesNotContain("TOP-SECRET");
    }
  }

  @Test
  void brokenFilesAndMissingFilesFailWithTheirName(@TempDir Path dir) throws Exception {
    Path broken = dir.resolve("broken.ttl");
    Files.writeString(broken, "<https://ex.org/a> a <");
    assertThatThrownBy(() -> ThesaurusLoader.load(List.of(ThesaurusSource.file(broken)))).isInstanceOf(RdfException.class);
    assertThatThrownBy(() -> ThesaurusLoader.load(List.of(ThesaurusSource.file(dir.resolve("none.rdf")))))
        .hasMessageContaining("none.rdf");
  }
}
