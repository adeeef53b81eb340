package org.moisson.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moisson.record.Agent;
import org.moisson.record.BoundingBox;
import org.moisson.record.Dataset;
import org.moisson.record.DatasetBuilder;
import org.moisson.record.Identifier;
import org.moisson.record.Keyword;
import org.moisson.record.LangText;
import org.moisson.record.Licence;
import org.moisson.record.Period;
import org.moisson.record.Point;
import org.moisson.record.Polygon;
import org.moisson.record.ResourceType;
import org.moisson.record.TypedDate;

/** The {@link SearchIndex} contract on concepts (counted and filtered with their ancestors) and completion. */
abstract class ConceptsAndCompletionContract extends SpaceTimeContract {
  // ---- concepts ------------------------------------------------------------------------------

  private static final String ATMOSPHERE = "https://example.org/themes/atmosphere";
  private static final String AEROSOLS = "https://example.org/themes/aerosols";
  private static final String AOD = "https://example.org/themes/aerosol-optical-depth";
  private static final String OCEANS = "https://example.org/themes/oceans";

  private void addConceptCorpus() {
    add(doc("c1").concepts(AOD, AEROSOLS, ATMOSPHERE).sources("AERIS"),
        doc("c2").concepts(AEROSOLS, ATMOSPHERE).sources("AERIS", "Zenodo"),
        doc("c3").concepts(ATMOSPHERE, OCEANS).sources("Zenodo"),
        doc("c4").concepts(OCEANS).sources("Seanoe"),
        doc("c5").sources("Zenodo"));
  }

  @Test
  void conceptsAreCountedWithTheAncestorsTheDatasetCarries() {
    addConceptCorpus();
    SearchResult r = index.search(SearchQuery.all());
    assertThat(counts(r, Facet.CONCEPT)).containsExactly(entry(ATMOSPHERE, 3L), entry(AEROSOLS, 2L),
        entry(OCEANS, 2L), entry(AOD, 1L));
  }

  @Test
  void aFilterOnAnAncestorFindsTheDescendantsDatasets() {
    addConceptCorpus();
    assertThat(ids(SearchQuery.all().filter(Facet.CONCEPT, ATMOSPHERE))).containsExactlyInAnyOrder("c1", "c2", "c3");
    assertThat(ids(SearchQuery.all().filter(Facet.CONCEPT, AOD))).containsExactly("c1");
    assertThat(ids(SearchQuery.all().filter(Facet.CONCEPT, AEROSOLS).filter(Facet.CONCEPT, OCEANS)))
        .containsExactlyInAnyOrder("c1", "c2", "c3", "c4");
    SearchResult bySource = index.search(SearchQuery.all().filter(Facet.CONCEPT, AEROSOLS));
    assertThat(counts(bySource, Facet.SOURCE)).containsExactly(entry("AERIS", 2L), entry("Zenodo", 1L));
    assertThat(counts(bySource, Facet.CONCEPT)).containsEntry(OCEANS, 2L); // its own filter is ignored
  }

  @Test
  void everyConceptIsCountedNotOnlyTheTopFifty() {
    add(IntStream.range(0, 70).mapToObj(i -> doc("k" + i).concepts(ATMOSPHERE, "https://example.org/c/" + i))
        .toArray(TestDataset[]::new));
    List<SearchResult.FacetCount> concepts = index.search(SearchQuery.all()).facets().get(Facet.CONCEPT);
    assertThat(concepts).hasSize(71);
    assertThat(concepts.get(0)).isEqualTo(new SearchResult.FacetCount(ATMOSPHERE, 70));
  }

  @Test
  void reindexingReplacesTheConcepts() {
    addConceptCorpus();
    add(doc("c4").concepts(AEROSOLS, ATMOSPHERE));
    assertThat(counts(index.search(SearchQuery.all()), Facet.CONCEPT)).containsExactly(entry(ATMOSPHERE, 4L),
        entry(AEROSOLS, 3L), entry(AOD, 1L), entry(OCEANS, 1L));
  }

  // ---- suggestions ---------------------------------------------------------------------------

  @Test
  void keywordsAreSuggestedByPrefixOfAnyWordMostDatasetsFirst() {
    add(doc("s1").keywords("Aérosols", "Ocean"),
        doc("s2").keywords("aerosols", "Aerosol optical depth"),
        doc("s3").keywords("Aérosols", "Sea surface temperature"),
        doc("s4").keywords("Aerosol optical depth", "Sea surface salinity"),
        doc("s5").keywords("Soil"));
    assertThat(index.suggest("aero", SuggestKind.KEYWORD, 10)).containsExactly(
        new Suggestion("Aérosols", 3, null), new Suggestion("Aerosol optical depth", 2, null));
    assertThat(index.suggest("AÉRO", SuggestKind.KEYWORD, 1)).containsExactly(new Suggestion("Aérosols", 3, null));
    assertThat(index.suggest("surf", SuggestKind.KEYWORD, 10)).extracting(Suggestion::value)
        .containsExactly("Sea surface salinity", "Sea surface temperature");
    assertThat(index.suggest("sea surface t", SuggestKind.KEYWORD, 10)).extracting(Suggestion::value)
        .containsExactly("Sea surface temperature");
    assertThat(index.suggest("optical", SuggestKind.KEYWORD, 10)).containsExactly(
        new Suggestion("Aerosol optical depth", 2, null));
    assertThat(index.suggest("ptical", SuggestKind.KEYWORD, 10)).isEmpty();
    assertThat(index.suggest("so", SuggestKind.KEYWORD, 10)).extracting(Suggestion::value).containsExactly("Soil");
    assertThat(index.suggest("  ", SuggestKind.KEYWORD, 10)).isEmpty();
  }

  @Test
  void suggestedCountsForgetDeletedAndReplacedDatasets() {
    add(doc("s1").keywords("Aerosols"), doc("s2").keywords("Aerosols"), doc("s3").keywords("Aerosols"));
    index.delete(List.of("s1"));
    index.index(List.of(doc("s2").keywords("Ozone").build()));
    index.commit(++watermark);
    assertThat(index.suggest("aer", SuggestKind.KEYWORD, 5)).containsExactly(new Suggestion("Aerosols", 1, null));
    assertThat(index.suggest("oz", SuggestKind.KEYWORD, 5)).containsExactly(new Suggestion("Ozone", 1, null));
  }

  @Test
  void placesAreSuggested() {
    add(doc("p1").place("Golfe du Lion"), doc("p2").place("Golfe de Gascogne").place("Bretagne"),
        doc("p3").place("Golfe de Gascogne"));
    assertThat(index.suggest("golf", SuggestKind.PLACE, 10)).containsExactly(
        new Suggestion("Golfe de Gascogne", 2, null), new Suggestion("Golfe du Lion", 1, null));
    assertThat(index.suggest("gasc", SuggestKind.PLACE, 10)).extracting(Suggestion::value)
        .containsExactly("Golfe de Gascogne");
    assertThat(index.suggest("golf", SuggestKind.KEYWORD, 10)).isEmpty();
  }

  @Test
  void titlesAreSuggestedByTheirWordsNewestFirst() {
    add(doc("t1").title("en", "Sea surface salinity").title("fr", "Salinité de surface").issued("2019"),
        doc("t2").title("en", "Surface water quality").issued("2022"),
        doc("t3").title("en", "Soil moisture").issued("2020"),
        doc("t4").title("fr", "Écosystèmes côtiers").issued("2021"));
    assertThat(index.suggest("surf", SuggestKind.TITLE, 5)).containsExactly(
        new Suggestion("Surface water quality", 1, "t2"), new Suggestion("Sea surface salinity", 1, "t1"));
    assertThat(index.suggest("salinite de", SuggestKind.TITLE, 5)).containsExactly(
        new Suggestion("Salinité de surface", 1, "t1"));
    assertThat(index.suggest("surface sea", SuggestKind.TITLE, 5)).extracting(Suggestion::id).containsExactly("t1");
    assertThat(index.suggest("cotier", SuggestKind.TITLE, 5)).extracting(Suggestion::value)
        .containsExactly("Écosystèmes côtiers");
    assertThat(index.suggest("s", SuggestKind.TITLE, 2)).extracting(Suggestion::id).containsExactly("t2", "t3");
    assertThat(index.suggest("moisture soil x", SuggestKind.TITLE, 5)).isEmpty();
  }

  @Test
  void suggestLimitIsChecked() {
    for (int bad : new int[] {0, -1, SearchIndex.MAX_SUGGESTIONS + 1}) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> index.suggest("ab", SuggestKind.TITLE, bad))
          .isInstanceOf(InvalidQueryException.class);
    }
  }

}
