package org.moisson.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.moisson.vocabulary.TestThesauri.GCMD;
import static org.moisson.vocabulary.TestThesauri.GEMET;
import static org.moisson.vocabulary.TestThesauri.THEMES;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.moisson.record.Dataset;
import org.moisson.record.DatasetBuilder;
import org.moisson.record.Keyword;

/** Keyword-to-concept matching and classification on the real GCMD, GEMET and INSPIRE files. */
class ClassifierTest {
  private static final String GCMD_AEROSOLS = GCMD + "2e5a401b-1507-4f57-82b8-36557c13b154";
  private static final String GCMD_ATMOSPHERE = GCMD + "c47f6052-634e-40ef-a5ac-13f69f6f4c2a";
  private static final String GCMD_AOD = GCMD + "61c3b720-abc8-4430-866c-f1da35d2cd0b";
  private static final String GCMD_CARBONACEOUS = GCMD + "527f637c-aea5-4519-9293-d57e10a76bff";
  private static final String GEMET_AEROSOL = GEMET + "157";

  private final Classifier all = new Classifier(TestThesauri.all());
  private final Classifier themesOnly = new Classifier(ThesaurusLoader.load(List.of(TestThesauri.themes())));

  @Test
  void gcmdPathResolvesToTheConceptAndItsAncestors() {
    assertThat(all.classify("EARTH SCIENCE > ATMOSPHERE > AEROSOLS")).contains(GCMD_AEROSOLS, GCMD_ATMOSPHERE);
    assertThat(all.classify("Earth Science > Atmosphere > Aerosols > Aerosol Optical Depth/Thickness"))
        .contains(GCMD_AOD, GCMD_AEROSOLS, GCMD_ATMOSPHERE);
    // MARINE ECOSYSTEMS and its parent ECOSYSTEMS are in the CSV only (the RDF file is one page).
    assertThat(all.classify("EARTH SCIENCE > BIOSPHERE > ECOSYSTEMS > MARINE ECOSYSTEMS"))
        .contains(GCMD + "f6350232-b1c7-458c-bc43-bda357ebb6db", GCMD + "f1a25060-330c-4f84-9633-ed59ae8c64bf",
            THEMES + "marine-ecosystems", THEMES + "ecosystems", THEMES + "biodiversity");
    // A level GCMD does not have: the path less its last segment is the concept.
    assertThat(all.classify("EARTH SCIENCE > ATMOSPHERE > AEROSOLS > NO SUCH VARIABLE")).contains(GCMD_AEROSOLS)
        .doesNotContain(GCMD_AOD);
  }

  @Test
  void aGcmdConceptMappedByTheThemeSchemeClassifiesUnderTheThemeAndItsAncestors() {
    assertThat(all.classify("EARTH SCIENCE > ATMOSPHERE > AEROSOLS > AEROSOL OPTICAL DEPTH/THICKNESS"))
        .contains(THEMES + "aerosol-optical-depth", THEMES + "aerosols", THEMES + "atmosphere");
    // CARBONACEOUS AEROSOLS is not mapped itself: its GCMD parent is, and it is closeMatch of a variable.
    assertThat(all.classify("EARTH SCIENCE > ATMOSPHERE > AEROSOLS > CARBONACEOUS AEROSOLS"))
        .contains(GCMD_CARBONACEOUS, THEMES + "aerosol-properties", THEMES + "aerosols", THEMES + "atmosphere")
        .doesNotContain(THEMES + "aerosol-optical-depth", THEMES + "oceans");
  }

  @Test
  void aKeywordWithAConceptUriIsThatConcept() {
    Keyword k = new Keyword("whatever the label says", "GCMD", GCMD_AOD);
    Dataset d = dataset(k);
    assertThat(all.classify(d)).contains(GCMD_AOD, THEMES + "aerosols", THEMES + "atmosphere");
  }

  @Test
  void withoutGcmdLoadedPathsStillClassifyThroughTheThemeSchemesHiddenLabels() {
    assertThat(themesOnly.classify("EARTH SCIENCE > ATMOSPHERE > AEROSOLS > AEROSOL OPTICAL DEPTH/THICKNESS"))
        .containsExactlyInAnyOrder(THEMES + "aerosol-optical-depth", THEMES + "aerosols", THEMES + "atmosphere");
    // Deeper than anything mapped: the nearest mapped ancestor path wins.
    assertThat(themesOnly.classify("EARTH SCIENCE > OCEANS > OCEAN TEMPERATURE > SEA SURFACE TEMPERATURE > SKIN TEMPERATURE"))
        .containsExactlyInAnyOrder(THEMES + "sea-surface-temperature", THEMES + "ocean-physics", THEMES + "oceans");
    assertThat(themesOnly.classify("EARTH SCIENCE > SPECTRAL/ENGINEERING > RADAR")).isEmpty();
  }

  @Test
  void labelsMatchInBothLanguagesIgnoringCaseAccentsAndPlurals() {
    for (String k : List.of("Aérosols", "aerosols", "AEROSOL", "aérosol", "Aerosols")) {
      assertThat(themesOnly.classify(k)).as(k).containsExactlyInAnyOrder(THEMES + "aerosols", THEMES + "atmosphere");
    }
    assertThat(themesOnly.classify("Épaisseur optique des aérosols")).contains(THEMES + "aerosol-optical-depth");
    assertThat(themesOnly.classify("AOD")).contains(THEMES + "aerosol-optical-depth"); // an altLabel
    assertThat(themesOnly.classify("surfaces continentales")).containsExactly(THEMES + "continental-surfaces");
    assertThat(themesOnly.classify("aérosol optique")).isEmpty();
  }

  @Test
  void gemetFrenchAndEnglishLabelsMatch() {
    assertThat(all.classify("aérosol")).contains(GEMET_AEROSOL, THEMES + "aerosols");
    assertThat(all.classify("Aerosol")).contains(GEMET_AEROSOL);
    assertThat(all.classify("AEROSOL")).contains(GEMET_AEROSOL);
    // GEMET's "aérosol atmosphérique" is under "atmosphere" in GEMET: its ancestors come along.
    assertThat(all.classify("aerosol atmospherique")).contains(GEMET + "12008")
        .containsAll(TestThesauri.all().ancestors(GEMET + "12008"));
  }

  @Test
  void gemetLabelsFallBackToEnglishWhenFrenchIsMissing() {
    Concept waste = TestThesauri.all().concept(GEMET + "15040").orElseThrow();
    assertThat(waste.label("fr")).isEqualTo("other waste");
    assertThat(all.classify("other waste")).contains(GEMET + "15040");
  }

  @Test
  void inspireThemesMatchInFrenchAndEnglish() {
    String hydrography = TestThesauri.all().concepts().stream()
        .filter(c -> "Hydrography".equals(c.prefLabels().get("en"))).findFirst().orElseThrow().uri();
    assertThat(all.classify("Hydrographie")).contains(hydrography);
    assertThat(all.classify("hydrography")).contains(hydrography);
  }

  @Test
  void themesAtmosphereFindsADatasetTaggedOnlyWithAerosols() {
    Dataset d = dataset(Keyword.of("Aerosols"));
    assertThat(themesOnly.classify(d)).contains(THEMES + "atmosphere");
    assertThat(themesOnly.specific(d)).containsExactly(THEMES + "aerosols");
  }

  @Test
  void specificConceptsDropTheAncestorsOfOthers() {
    Dataset d = dataset(new Keyword("EARTH SCIENCE > ATMOSPHERE > AEROSOLS > AEROSOL OPTICAL DEPTH/THICKNESS", "GCMD", null),
        new Keyword("Atmosphere", "Moisson themes", null), Keyword.of("photométrie solaire"));
    assertThat(all.specific(d)).contains(GCMD_AOD, THEMES + "aerosol-optical-depth")
        .doesNotContain(THEMES + "atmosphere", THEMES + "aerosols", GCMD_ATMOSPHERE);
  }

  @Test
  void themesOfTheRecordClassifyToo() {
    DatasetBuilder b = Dataset.builder();
    b.themes.add("Oceans");
    assertThat(themesOnly.classify(b.build())).containsExactly(THEMES + "oceans");
  }

  private static Dataset dataset(Keyword... keywords) {
    DatasetBuilder b = Dataset.builder();
    for (Keyword k : keywords) b.keyword(k);
    return b.build();
  }
}
