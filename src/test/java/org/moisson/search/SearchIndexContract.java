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

/**
 * What every {@link SearchIndex} backend must do, written only against the port. A backend's test
 * extends this class and says how to open an index in a folder; each test gets a fresh folder,
 * and may close and reopen the index on the same folder to check what persists.
 */
public abstract class SearchIndexContract {

  /** Opens (creating when empty) an index kept in {@code dir}. */
  protected abstract SearchIndex newIndex(Path dir);

  @TempDir
  protected Path dir;
  protected SearchIndex index;
  private long watermark;

  @BeforeEach
  void open() {
    index = newIndex(dir);
  }

  @AfterEach
  void close() {
    index.close();
  }

  // ---- text ---------------------------------------------------------------------------------

  @Test
  void emptyTextFindsEverything() {
    add(doc("a").title("en", "Soil"), doc("b").title("fr", "Sol"), doc("c"));
    assertThat(index.search(SearchQuery.all()).total()).isEqualTo(3);
    assertThat(ids(SearchQuery.text("  "))).containsExactlyInAnyOrder("a", "b", "c");
  }

  @Test
  void accentsAndCaseAreFolded() {
    add(doc("fr").title("fr", "Écologie des sols"), doc("plain").title("fr", "ECOLOGIE marine"),
        doc("other").title("fr", "Hydrologie"));
    assertThat(idSet("Ecologie")).containsExactlyInAnyOrder("fr", "plain");
    assertThat(idSet("écologie")).containsExactlyInAnyOrder("fr", "plain");
    assertThat(idSet("ÉCOLOGIE")).containsExactlyInAnyOrder("fr", "plain");
  }

  @Test
  void frenchPluralsAndElisionMatch() {
    add(doc("atl").title("fr", "L'océan Atlantique"), doc("eau").title("fr", "Qualités de l’eau"),
        doc("other").title("fr", "Forêts tropicales"));
    assertThat(idSet("oceans")).containsExactly("atl");
    assertThat(idSet("l'Océan")).containsExactly("atl");
    assertThat(idSet("eau qualité")).containsExactly("eau");
    assertThat(idSet("forêt")).containsExactly("other");
  }

  @Test
  void englishStemsMatch() {
    add(doc("m").title("en", "Soil moisture measurement"), doc("o").title("en", "Ocean colour"));
    assertThat(idSet("measurements")).containsExactly("m");
    assertThat(idSet("Measuring")).containsExactly("m");
    assertThat(idSet("oceans")).containsExactly("o");
  }

  @Test
  void everyTextFieldIsSearched() {
    add(doc("desc").description("en", "Chlorophyll concentration in coastal waters"),
        doc("kw").keywords("bathymetry"),
        doc("creator").creator("Marie Curie-Sklodowska"),
        doc("pub").publisher("Ifremer"),
        doc("place").place("Golfe de Gascogne"),
        doc("none").title("en", "Nothing relevant"));
    assertThat(idSet("chlorophyll")).containsExactly("desc");
    assertThat(idSet("bathymetry")).containsExactly("kw");
    assertThat(idSet("curie")).containsExactly("creator");
    assertThat(idSet("ifremer")).containsExactly("pub");
    assertThat(idSet("gascogne")).containsExactly("place");
  }

  @Test
  void phraseNeedsTheWordsInOrder() {
    add(doc("yes").title("en", "Sea surface temperature"),
        doc("no").title("en", "Temperature at the surface of the sea"));
    assertThat(idSet("\"sea surface\"")).containsExactly("yes");
    assertThat(idSet("sea surface")).containsExactlyInAnyOrder("yes", "no");
    assertThat(idSet("\"Sea Surfaces Temperatures\"")).containsExactly("yes");
  }

  @Test
  void phraseDoesNotSpanTwoValues() {
    add(doc("two").keywords("deep sea", "surface water"), doc("one").keywords("sea surface"));
    assertThat(idSet("\"sea surface\"")).containsExactly("one");
  }

  @Test
  void hyphenatedWordsMatchTheirParts() {
    add(doc("a").title("en", "Sea level rise"), doc("b").title("en", "Level of the sea"));
    assertThat(idSet("sea-level")).containsExactly("a");
  }

  @Test
  void booleanOperators() {
    add(doc("soil").title("en", "Soil moisture"), doc("water").title("en", "Water quality"),
        doc("both").title("en", "Soil water balance"));
    assertThat(idSet("soil water")).containsExactly("both");
    assertThat(idSet("soil AND water")).containsExactly("both");
    assertThat(idSet("soil OR water")).containsExactlyInAnyOrder("soil", "water", "both");
    assertThat(idSet("soil NOT water")).containsExactly("soil");
    assertThat(idSet("soil -water")).containsExactly("soil");
    assertThat(idSet("(soil OR water) -balance")).containsExactlyInAnyOrder("soil", "water");
    assertThat(idSet("moisture OR quality balance")).containsExactly("soil");
    assertThat(idSet("moisture OR (quality OR balance)")).containsExactlyInAnyOrder("soil", "water", "both");
  }

  @Test
  void onlyNegativeClausesMeanEverythingElse() {
    add(doc("soil").title("en", "Soil moisture"), doc("water").title("en", "Water quality"), doc("empty"));
    assertThat(idSet("NOT soil")).containsExactlyInAnyOrder("water", "empty");
    assertThat(idSet("-soil -quality")).containsExactly("empty");
  }

  @Test
  void commonLowerCaseWordsDoNotRejectMatches() {
    add(doc("a").title("en", "Soil, water balance"), doc("b").title("en", "Water"));
    assertThat(idSet("soil and water")).containsExactly("a");
  }

  @Test
  void titleMatchesRankAboveOtherMatches() {
    add(doc("desc").title("en", "Alpine hydrology").description("en", "Rivers fed by glacier melt").issued("2020"),
        doc("title").title("en", "Glacier mass balance").description("en", "Annual surveys").issued("2000"));
    assertThat(ids(SearchQuery.text("glacier"))).containsExactly("title", "desc");
    assertThat(ids(SearchQuery.text("glacier").sort(SortOrder.DATE))).containsExactly("desc", "title");
  }

  @Test
  void hitCarriesTheWholeDatasetAndItsSources() {
    Dataset full = fullDataset();
    index.index(List.of(new IndexedDataset("full", full, List.of("Zenodo", "Seanoe"))));
    index.commit(1);
    SearchResult r = index.search(SearchQuery.text("salinité"));
    assertThat(r.total()).isEqualTo(1);
    SearchResult.Hit hit = r.hits().get(0);
    assertThat(hit.id()).isEqualTo("full");
    assertThat(hit.dataset()).isEqualTo(full);
    assertThat(hit.sources()).containsExactly("Zenodo", "Seanoe");
    assertThat(hit.score()).isPositive();
  }

  // ---- facets --------------------------------------------------------------------------------

  @Test
  void countsEveryFacet() {
    addFacetCorpus();
    SearchResult r = index.search(SearchQuery.all());
    assertThat(r.facets().keySet()).containsExactlyInAnyOrder(Facet.values());
    assertThat(counts(r, Facet.KEYWORD)).containsExactly(entry("ocean", 2L), entry("salinity", 2L), entry("soil", 2L));
    assertThat(counts(r, Facet.TYPE)).containsExactly(entry("Dataset", 3L), entry("Collection", 1L), entry("Software", 1L));
    assertThat(counts(r, Facet.SOURCE)).containsExactly(entry("Zenodo", 3L), entry("Data INRAE", 2L), entry("Seanoe", 1L));
    assertThat(counts(r, Facet.PUBLISHER)).containsExactly(entry("INRAE", 2L), entry("Ifremer", 2L));
    assertThat(counts(r, Facet.LICENCE)).containsExactly(entry("CC-BY-4.0", 2L),
        entry("Licence Ouverte", 1L), entry("etalab-2.0", 1L), entry("https://example.org/licence", 1L));
    assertThat(counts(r, Facet.YEAR)).containsExactly(entry("2021", 1L), entry("2020", 1L),
        entry("2019", 1L), entry("2018", 1L));
  }

  @Test
  void countsFollowTheTextQuery() {
    addFacetCorpus();
    SearchResult r = index.search(SearchQuery.text("ocean"));
    assertThat(ids(r)).containsExactlyInAnyOrder("d1", "d2");
    assertThat(counts(r, Facet.TYPE)).containsExactly(entry("Dataset", 2L));
    assertThat(counts(r, Facet.PUBLISHER)).containsExactly(entry("Ifremer", 2L));
  }

  @Test
  void filtersMatchTheExactValue() {
    addFacetCorpus();
    assertThat(ids(SearchQuery.all().filter(Facet.PUBLISHER, "Ifremer"))).containsExactlyInAnyOrder("d1", "d2");
    assertThat(ids(SearchQuery.all().filter(Facet.PUBLISHER, "ifremer"))).isEmpty();
    assertThat(ids(SearchQuery.all().filter(Facet.PUBLISHER, "Ifrem"))).isEmpty();
    assertThat(ids(SearchQuery.all().filter(Facet.SOURCE, "Seanoe"))).containsExactly("d2");
    assertThat(ids(SearchQuery.all().filter(Facet.LICENCE, "CC-BY-4.0"))).containsExactlyInAnyOrder("d1", "d2");
    assertThat(ids(SearchQuery.all().filter(Facet.LICENCE, "https://example.org/licence"))).containsExactly("d5");
    assertThat(ids(SearchQuery.all().filter(Facet.YEAR, "2020"))).containsExactly("d1");
    assertThat(ids(SearchQuery.all().filter(Facet.TYPE, "Collection"))).containsExactly("d5");
  }

  @Test
  void valuesOfOneFacetAreOredAndFacetsAnded() {
    addFacetCorpus();
    assertThat(ids(SearchQuery.all().filter(Facet.KEYWORD, "ocean").filter(Facet.KEYWORD, "soil")))
        .containsExactlyInAnyOrder("d1", "d2", "d3", "d4");
    assertThat(ids(SearchQuery.all().filter(Facet.KEYWORD, "salinity").filter(Facet.PUBLISHER, "INRAE")))
        .containsExactly("d4");
    assertThat(ids(SearchQuery.text("ocean").filter(Facet.TYPE, "Software"))).isEmpty();
    SearchQuery many = SearchQuery.all();
    for (int i = 0; i < 2000; i++) many = many.filter(Facet.KEYWORD, "unknown " + i);
    assertThat(ids(many.filter(Facet.KEYWORD, "soil"))).containsExactlyInAnyOrder("d3", "d4");
  }

  @Test
  void aFacetsCountsIgnoreItsOwnFilter() {
    addFacetCorpus();
    SearchResult r = index.search(SearchQuery.all().filter(Facet.KEYWORD, "ocean"));
    assertThat(ids(r)).containsExactlyInAnyOrder("d1", "d2");
    assertThat(counts(r, Facet.KEYWORD)).containsExactly(entry("ocean", 2L), entry("salinity", 2L), entry("soil", 2L));
    assertThat(counts(r, Facet.PUBLISHER)).containsExactly(entry("Ifremer", 2L));
    assertThat(counts(r, Facet.TYPE)).containsExactly(entry("Dataset", 2L));

    SearchResult two = index.search(SearchQuery.all().filter(Facet.KEYWORD, "salinity").filter(Facet.PUBLISHER, "INRAE"));
    assertThat(ids(two)).containsExactly("d4");
    assertThat(counts(two, Facet.KEYWORD)).containsExactly(entry("soil", 2L), entry("salinity", 1L));
    assertThat(counts(two, Facet.PUBLISHER)).containsExactly(entry("INRAE", 1L), entry("Ifremer", 1L));
    assertThat(counts(two, Facet.TYPE)).containsExactly(entry("Dataset", 1L));
  }

  @Test
  void sidewaysCountsKeepTheTextBoxAndPeriod() {
    addFacetCorpus();
    SearchResult text = index.search(SearchQuery.text("ocean").filter(Facet.KEYWORD, "salinity"));
    assertThat(ids(text)).containsExactly("d1");
    assertThat(counts(text, Facet.KEYWORD)).containsExactly(entry("ocean", 2L), entry("salinity", 1L));

    add(doc("east").keywords("ocean").box(100, 0, 110, 10).period("2000", "2001"),
        doc("west").keywords("soil").box(-100, 0, -90, 10).period("2000", "2001"));
    SearchResult boxed = index.search(SearchQuery.all().bbox(new BoundingBox(90, -5, 120, 20))
        .filter(Facet.KEYWORD, "soil"));
    assertThat(ids(boxed)).isEmpty();
    assertThat(counts(boxed, Facet.KEYWORD)).containsExactly(entry("ocean", 1L));
    SearchResult dated = index.search(SearchQuery.all().period(day("2000-06-01"), null)
        .filter(Facet.KEYWORD, "soil"));
    assertThat(ids(dated)).containsExactly("west");
    assertThat(counts(dated, Facet.KEYWORD)).containsExactly(entry("ocean", 1L), entry("soil", 1L));
  }

  @Test
  void atMostFiftyValuesMostFrequentFirstTiesByValue() {
    List<TestDataset> docs = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      TestDataset d = doc("k" + i).keywords(String.format("k%02d", 59 - i), "common");
      if (i % 2 == 0) d.keywords("half");
      docs.add(d);
    }
    add(docs.toArray(TestDataset[]::new));
    List<SearchResult.FacetCount> kw = index.search(SearchQuery.all()).facets().get(Facet.KEYWORD);
    assertThat(kw).hasSize(50);
    assertThat(kw.get(0)).isEqualTo(new SearchResult.FacetCount("common", 60));
    assertThat(kw.get(1)).isEqualTo(new SearchResult.FacetCount("half", 30));
    assertThat(kw.subList(2, 50)).extracting(SearchResult.FacetCount::value)
        .containsExactlyElementsOf(IntStream.range(0, 48).mapToObj(i -> String.format("k%02d", i)).toList());
  }

  @Test
  void everyYearIsCountedNewestFirst() {
    add(IntStream.range(0, 60).mapToObj(i -> doc("y" + i).issued(String.valueOf(1950 + i))).toArray(TestDataset[]::new));
    List<SearchResult.FacetCount> years = index.search(SearchQuery.all()).facets().get(Facet.YEAR);
    assertThat(years).hasSize(60);
    assertThat(years).extracting(SearchResult.FacetCount::value)
        .containsExactlyElementsOf(IntStream.range(0, 60).mapToObj(i -> String.valueOf(2009 - i)).toList());
  }

  @Test
  void onlyRequestedFacetsAreCounted() {
    addFacetCorpus();
    SearchResult r = index.search(SearchQuery.all().facets(Set.of(Facet.TYPE)));
    assertThat(r.facets().keySet()).containsExactly(Facet.TYPE);
    assertThat(counts(r, Facet.TYPE)).containsEntry("Dataset", 3L);
    SearchResult none = index.search(SearchQuery.text("ocean").filter(Facet.TYPE, "Dataset").facets(Set.of()));
    assertThat(none.facets()).isEmpty();
    assertThat(none.total()).isEqualTo(2);
  }

  @Test
  void countsForgetDeletedAndReplacedDatasets() {
    addFacetCorpus();
    index.search(SearchQuery.all());
    index.delete(List.of("d1"));
    index.index(List.of(doc("d2").keywords("soil").build()));
    index.commit(++watermark);
    SearchResult r = index.search(SearchQuery.all());
    assertThat(counts(r, Facet.KEYWORD)).containsExactly(entry("soil", 3L), entry("salinity", 1L));
    assertThat(r.total()).isEqualTo(4);
  }

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

  // ---- bounding box --------------------------------------------------------------------------

  @Test
  void boxFindsIntersectingFootprints() {
    addSpatialCorpus();
    BoundingBox france = new BoundingBox(-6, 41, 10, 51);
    assertThat(ids(SearchQuery.all().bbox(france))).containsExactlyInAnyOrder("brittany", "paris", "alps");
    BoundingBox overlapsBrittanyEdge = new BoundingBox(-2, 48.5, 0, 50);
    assertThat(ids(SearchQuery.all().bbox(overlapsBrittanyEdge))).containsExactly("brittany");
  }

  @Test
  void boxElsewhereFindsNothing() {
    addSpatialCorpus();
    assertThat(ids(SearchQuery.all().bbox(new BoundingBox(100, -10, 110, 0)))).isEmpty();
  }

  @Test
  void pointsAreFound() {
    addSpatialCorpus();
    assertThat(ids(SearchQuery.all().bbox(new BoundingBox(2, 48, 3, 49)))).containsExactly("paris");
    BoundingBox atParis = new BoundingBox(2.35, 48.85, 2.35, 48.85);
    assertThat(ids(SearchQuery.all().bbox(atParis))).containsExactly("paris");
  }

  @Test
  void polygonsAreFoundByTheirEnvelope() {
    addSpatialCorpus();
    assertThat(ids(SearchQuery.all().bbox(new BoundingBox(9, 46, 9.5, 46.5)))).containsExactly("alps");
  }

  @Test
  void recordCrossingTheAntimeridianIsFoundOnBothSides() {
    addSpatialCorpus();
    assertThat(ids(SearchQuery.all().bbox(new BoundingBox(175, -5, 179, 5)))).containsExactly("pacific");
    assertThat(ids(SearchQuery.all().bbox(new BoundingBox(-179, -5, -175, 5)))).containsExactly("pacific");
    assertThat(ids(SearchQuery.all().bbox(new BoundingBox(0, -5, 10, 5)))).containsExactly("guinea");
    assertThat(ids(SearchQuery.all().bbox(new BoundingBox(-160, -5, 160, 5)))).containsExactly("guinea");
  }

  @Test
  void queryCrossingTheAntimeridianSearchesBothSides() {
    addSpatialCorpus();
    add(doc("fiji").point(179.5, -17), doc("samoa").point(-172, -13.8));
    assertThat(ids(SearchQuery.all().bbox(new BoundingBox(178, -30, -171, 30))))
        .containsExactlyInAnyOrder("pacific", "fiji", "samoa");
    assertThat(ids(SearchQuery.all().bbox(new BoundingBox(179, -30, -179, 30))))
        .containsExactlyInAnyOrder("pacific", "fiji");
  }

  // ---- time ----------------------------------------------------------------------------------

  @Test
  void periodFindsOverlappingCoverage() {
    addTemporalCorpus();
    assertThat(ids(SearchQuery.all().period(day("2003-01-01"), day("2004-01-01")))).containsExactly("t2000s");
    assertThat(ids(SearchQuery.all().period(day("2005-12-31"), day("2006-06-01")))).containsExactly("t2000s");
    assertThat(ids(SearchQuery.all().period(day("2006-01-01"), day("2009-12-31")))).isEmpty();
  }

  @Test
  void coverageWithOpenEndsIsUnbounded() {
    addTemporalCorpus();
    assertThat(ids(SearchQuery.all().period(day("2020-01-01"), day("2021-01-01")))).containsExactly("since2010");
    assertThat(ids(SearchQuery.all().period(day("1900-01-01"), day("1950-01-01")))).containsExactly("until1990");
  }

  @Test
  void partialDatesCoverTheirWholeSpan() {
    addTemporalCorpus();
    assertThat(ids(SearchQuery.all().period(day("2014-05-31"), day("2014-06-30"))))
        .containsExactlyInAnyOrder("may2014", "since2010");
    assertThat(ids(SearchQuery.all().period(day("1990-12-31"), day("1991-06-30")))).containsExactly("until1990");
  }

  @Test
  void queryPeriodWithOpenEnds() {
    addTemporalCorpus();
    assertThat(ids(SearchQuery.all().period(day("2006-01-01"), null))).containsExactlyInAnyOrder("since2010", "may2014");
    assertThat(ids(SearchQuery.all().period(null, day("1995-01-01")))).containsExactly("until1990");
  }

  @Test
  void datasetsWithoutCoverageAreLeftOutOnlyWhenAPeriodIsGiven() {
    addTemporalCorpus();
    assertThat(ids(SearchQuery.all().period(day("1000-01-01"), day("2999-12-31"))))
        .containsExactlyInAnyOrder("t2000s", "since2010", "until1990", "may2014");
    assertThat(ids(SearchQuery.all())).contains("timeless").hasSize(5);
  }

  // ---- sort ----------------------------------------------------------------------------------

  @Test
  void dateSortIsNewestFirstWithUndatedLast() {
    addDatedCorpus();
    assertThat(ids(SearchQuery.all().sort(SortOrder.DATE))).containsExactly("d2022", "d2021", "d2020", "d2019", "undated");
  }

  @Test
  void emptyQueryByRelevanceIsNewestFirst() {
    addDatedCorpus();
    assertThat(ids(SearchQuery.all())).containsExactly("d2022", "d2021", "d2020", "d2019", "undated");
  }

  @Test
  void titleSortIsAlphabeticalIgnoringCaseAndAccents() {
    add(doc("z").title("fr", "Zèbre des plaines"), doc("e").title("fr", "Écologie marine"),
        doc("a").title("fr", "abeilles"), doc("d").title("fr", "Dune du Pilat"),
        doc("eau").title("fr", "eau douce"), doc("untitled"));
    assertThat(ids(SearchQuery.all().sort(SortOrder.TITLE))).containsExactly("a", "d", "eau", "e", "z", "untitled");
  }

  @Test
  void sortAppliesToTextAndFilteredSearches() {
    addDatedCorpus();
    assertThat(ids(SearchQuery.text("series").sort(SortOrder.DATE).filter(Facet.TYPE, "Dataset")))
        .containsExactly("d2022", "d2020", "undated");
    assertThat(ids(SearchQuery.text("series").sort(SortOrder.TITLE))).containsExactly("d2020", "d2021", "d2019", "d2022", "undated");
  }

  // ---- paging and totals ---------------------------------------------------------------------

  @Test
  void pagesAreDisjointAndCoverEverything() {
    add(IntStream.range(0, 25).mapToObj(i -> doc("p" + i).title("en", "Same title")).toArray(TestDataset[]::new));
    for (SearchQuery q : List.of(SearchQuery.all(), SearchQuery.text("same"), SearchQuery.all().sort(SortOrder.TITLE))) {
      List<String> seen = new ArrayList<>();
      for (int page = 1; page <= 3; page++) {
        SearchResult r = index.search(q.page(page, 10));
        assertThat(r.total()).isEqualTo(25);
        assertThat(r.hits()).hasSize(page < 3 ? 10 : 5);
        r.hits().forEach(h -> seen.add(h.id()));
      }
      assertThat(seen).doesNotHaveDuplicates().hasSize(25);
      assertThat(seen).isEqualTo(ids(q.page(1, 25)));
    }
  }

  @Test
  void pageAfterTheLastIsEmpty() {
    add(IntStream.range(0, 5).mapToObj(i -> doc("p" + i)).toArray(TestDataset[]::new));
    SearchResult r = index.search(SearchQuery.all().page(2, 10));
    assertThat(r.total()).isEqualTo(5);
    assertThat(r.hits()).isEmpty();
  }

  @Test
  void sizeZeroGivesTotalAndFacetsOnly() {
    addFacetCorpus();
    for (SearchQuery q : List.of(SearchQuery.all(), SearchQuery.text("ocean OR soil"),
        SearchQuery.all().filter(Facet.KEYWORD, "soil"))) {
      SearchResult r = index.search(q.page(1, 0));
      assertThat(r.hits()).isEmpty();
      assertThat(r.total()).isEqualTo(index.search(q).total()).isPositive();
      assertThat(r.facets().get(Facet.TYPE)).isEqualTo(index.search(q).facets().get(Facet.TYPE));
    }
    assertThat(index.search(SearchQuery.all().filter(Facet.KEYWORD, "soil").page(1, 0)).total()).isEqualTo(2);
  }

  @Test
  void totalIsExactBeyondAThousand() {
    // Titles of varying length give varying scores, which lets an index skip counting if it may.
    add(IntStream.range(0, 1205).mapToObj(i -> doc("b" + i).title("en", "Bulk record " + i + " x".repeat(i % 9))
        .type(i % 2 == 0 ? "Dataset" : "Software")).toArray(TestDataset[]::new));
    assertThat(index.search(SearchQuery.text("bulk").page(1, 10)).total()).isEqualTo(1205);
    assertThat(index.search(SearchQuery.all().sort(SortOrder.TITLE)).total()).isEqualTo(1205);
    SearchResult filtered = index.search(SearchQuery.text("bulk").filter(Facet.TYPE, "Dataset"));
    assertThat(filtered.total()).isEqualTo(603);
    assertThat(counts(filtered, Facet.TYPE)).containsExactly(entry("Dataset", 603L), entry("Software", 602L));
    assertThat(index.search(SearchQuery.all().facets(Set.of())).total()).isEqualTo(1205);
    assertThat(index.search(SearchQuery.text("bulk record").facets(Set.of())).total()).isEqualTo(1205);
    assertThat(index.search(SearchQuery.text("bulk").facets(Set.of())).total()).isEqualTo(1205);
    assertThat(index.search(SearchQuery.text("bulk OR 7").facets(Set.of()).page(1, 0)).total()).isEqualTo(1205);
  }

  // ---- writes and lifecycle ------------------------------------------------------------------

  @Test
  void indexingAnIdAgainReplacesTheDataset() {
    add(doc("x").title("en", "Old title").sources("A"));
    add(doc("x").title("en", "New title").sources("B"));
    assertThat(index.count()).isEqualTo(1);
    assertThat(idSet("old")).isEmpty();
    SearchResult r = index.search(SearchQuery.text("new"));
    assertThat(ids(r)).containsExactly("x");
    assertThat(r.hits().get(0).sources()).containsExactly("B");
    assertThat(r.hits().get(0).dataset().title("en")).isEqualTo("New title");
  }

  @Test
  void lastVersionInOneBatchWins() {
    add(doc("x").title("en", "First"), doc("x").title("en", "Second"));
    assertThat(index.count()).isEqualTo(1);
    assertThat(idSet("second")).containsExactly("x");
    assertThat(idSet("first")).isEmpty();
  }

  @Test
  void deleteRemovesDatasets() {
    add(doc("a").title("en", "Alpha"), doc("b").title("en", "Beta"), doc("c").title("en", "Gamma"));
    index.delete(List.of("a", "c", "unknown"));
    index.delete(List.of());
    index.commit(++watermark);
    assertThat(index.count()).isEqualTo(1);
    assertThat(ids(SearchQuery.all())).containsExactly("b");
    assertThat(idSet("alpha")).isEmpty();
  }

  @Test
  void newIndexIsEmptyWithWatermarkZero() {
    assertThat(index.watermark()).isZero();
    assertThat(index.count()).isZero();
    SearchResult r = index.search(SearchQuery.text("anything"));
    assertThat(r.total()).isZero();
    assertThat(index.search(SearchQuery.all()).facets()).allSatisfy((f, values) -> assertThat(values).isEmpty());
  }

  @Test
  void watermarkAndDatasetsPersistAcrossReopen() {
    add(doc("a").title("en", "Alpha"), doc("b").title("en", "Beta"));
    index.commit(42);
    assertThat(index.watermark()).isEqualTo(42);
    reopen();
    assertThat(index.watermark()).isEqualTo(42);
    assertThat(index.count()).isEqualTo(2);
    assertThat(idSet("alpha")).containsExactly("a");
    index.commit(43);
    reopen();
    assertThat(index.watermark()).isEqualTo(43);
  }

  @Test
  void aBurstOfCommitsIsAllThereAfterReopening() {
    for (int i = 1; i <= 30; i++) add(doc("d" + i).title("en", "Burst " + i));
    assertThat(index.count()).isEqualTo(30);
    reopen();
    assertThat(index.watermark()).isEqualTo(30);
    assertThat(index.count()).isEqualTo(30);
  }

  @Test
  void theLastVersionOfAnIdInOneBatchWins() {
    index.index(List.of(doc("x").title("en", "Former title").build(), doc("x").title("en", "Latest title").build()));
    index.commit(++watermark);
    assertThat(index.count()).isEqualTo(1);
    assertThat(idSet("latest")).containsExactly("x");
    assertThat(idSet("former")).isEmpty();
  }

  @Test
  void clearRemovesEverythingAndResetsTheWatermark() {
    addFacetCorpus();
    index.commit(9);
    index.clear();
    assertThat(index.count()).isZero();
    assertThat(index.watermark()).isZero();
    assertThat(index.search(SearchQuery.all()).total()).isZero();
    assertThat(index.search(SearchQuery.all()).facets().get(Facet.KEYWORD)).isEmpty();
    reopen();
    assertThat(index.count()).isZero();
    assertThat(index.watermark()).isZero();
    add(doc("again").title("en", "Again"));
    assertThat(index.count()).isEqualTo(1);
  }

  @Test
  void countFollowsCommits() {
    add(IntStream.range(0, 7).mapToObj(i -> doc("c" + i)).toArray(TestDataset[]::new));
    assertThat(index.count()).isEqualTo(7);
    add(doc("c7"), doc("c0"));
    assertThat(index.count()).isEqualTo(8);
  }

  @Test
  void searchesRunWhileIndexing() throws Exception {
    AtomicBoolean done = new AtomicBoolean();
    List<Throwable> errors = new CopyOnWriteArrayList<>();
    List<Long> totals = new CopyOnWriteArrayList<>();
    Runnable reader = () -> {
      try {
        while (!done.get()) {
          SearchResult r = index.search(SearchQuery.text("concurrent").filter(Facet.TYPE, "Dataset"));
          totals.add(r.total());
          index.search(SearchQuery.all().page(1, 5));
        }
      } catch (Throwable t) {
        errors.add(t);
      }
    };
    Thread r1 = new Thread(reader);
    Thread r2 = new Thread(reader);
    r1.start();
    r2.start();
    try {
      for (int batch = 0; batch < 20; batch++) {
        int b = batch;
        index.index(IntStream.range(0, 20).mapToObj(i -> doc("w" + b + "-" + i)
            .title("en", "Concurrent " + i).type("Dataset").build()).toList());
        index.commit(++watermark);
      }
    } finally {
      done.set(true);
      r1.join();
      r2.join();
    }
    assertThat(errors).isEmpty();
    assertThat(totals).isNotEmpty().allSatisfy(t -> assertThat(t).isBetween(0L, 400L));
    assertThat(index.count()).isEqualTo(400);
    assertThat(index.search(SearchQuery.text("concurrent")).total()).isEqualTo(400);
  }

  // ---- corpora -------------------------------------------------------------------------------

  private void addFacetCorpus() {
    add(doc("d1").keywords("ocean", "salinity").type("Dataset").sources("Zenodo").publisher("Ifremer")
            .licence("CC-BY-4.0", null, null).issued("2020"),
        doc("d2").keywords("ocean").type("Dataset").sources("Zenodo", "Seanoe").publisher("Ifremer")
            .licence("CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/", "Creative Commons Attribution 4.0 International")
            .issued("2021-03-04"),
        doc("d3").keywords("soil").type("Software").sources("Data INRAE").publisher("INRAE")
            .licence("etalab-2.0", "https://spdx.org/licenses/etalab-2.0.html", null).issued("2019"),
        doc("d4").keywords("soil", "salinity").type("Dataset").sources("Data INRAE").publisher("INRAE")
            .licence(null, null, "Licence Ouverte").date("Collected", "2018-06"),
        doc("d5").type("Collection").sources("Zenodo").licence(null, "https://example.org/licence", null));
  }

  private void addSpatialCorpus() {
    add(doc("brittany").box(-5.5, 47, -1, 49),
        doc("paris").point(2.35, 48.85),
        doc("alps").polygon(6, 44, 10, 44, 10, 47, 6, 47, 6, 44),
        doc("pacific").box(170, -20, -170, 10),
        doc("guinea").point(5, 2),
        doc("nowhere").title("en", "No footprint"));
  }

  private void addTemporalCorpus() {
    add(doc("t2000s").period("2000-01-01", "2005-12-31"),
        doc("since2010").period("2010", null),
        doc("until1990").period(null, "1990"),
        doc("may2014").period("2014-05", "2014-05"),
        doc("timeless").title("en", "No coverage"));
  }

  private void addDatedCorpus() {
    add(doc("d2020").title("en", "Alpha series").issued("2020-05-01").type("Dataset"),
        doc("d2021").title("en", "Beta series").issued("2021").type("Software"),
        doc("d2019").title("en", "Gamma series").issued("2019-12").type("Software"),
        doc("d2022").title("en", "Omega series").date("Created", "2022-06-01").type("Dataset"),
        doc("undated").title("en", "Series without date").type("Dataset"));
  }

  private static Dataset fullDataset() {
    DatasetBuilder b = Dataset.builder();
    b.identifier(Identifier.parse("doi:10.5281/ZENODO.123"));
    b.titles.add(LangText.of("fr", "Salinité de surface"));
    b.titles.add(LangText.of("en", "Sea surface salinity"));
    b.descriptions.add(LangText.of("en", "Monthly fields."));
    b.creators.add(Agent.named("Dupont, Jeanne"));
    b.publisher = Agent.organization("Ifremer");
    b.issued = "2021-03-04";
    b.dates.add(new TypedDate("Collected", "2019/2020"));
    b.resourceType = new ResourceType("Dataset", "Gridded product");
    b.keyword(new Keyword("Salinity", "GCMD", "https://gcmd.example/salinity"));
    b.themes.add("oceans");
    b.boxes.add(new BoundingBox(-10, 40, 5, 52));
    b.places.add("Bay of Biscay");
    b.temporal.add(new Period("2019", "2020-06"));
    b.licence = new Licence("CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/", null);
    b.landingPage = "https://example.org/ds/1";
    b.version = "2";
    b.languages.add("en");
    return b.build();
  }

  @Test
  void forEachIdGivesEveryMatchOnceBeyondTheSearchWindow() {
    int n = SearchQuery.MAX_WINDOW + 1_500;
    List<IndexedDataset> batch = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      batch.add(doc("e" + i).title("en", i % 3 == 0 ? "Soil moisture " + i : "Sea surface " + i)
          .licence(i % 2 == 0 ? "CC-BY-4.0" : "CC0-1.0", null, null).build());
      if (batch.size() == 2_000) {
        index.index(batch);
        batch.clear();
      }
    }
    index.index(batch);
    index.commit(++watermark);
    index.delete(List.of("e0", "e3"));
    index.index(List.of(doc("e6").title("en", "Soil moisture again").licence("CC-BY-4.0", null, null).build()));
    index.commit(++watermark);

    List<String> all = new java.util.ArrayList<>();
    index.forEachId(SearchQuery.all().page(1, 20), all::add);
    assertThat(all).hasSize(n - 2).doesNotHaveDuplicates().doesNotContain("e0", "e3").contains("e6", "e" + (n - 1));

    Set<String> soil = new HashSet<>();
    index.forEachId(SearchQuery.text("soil").filter(Facet.LICENCE, "CC-BY-4.0"), id -> assertThat(soil.add(id)).isTrue());
    long expected = java.util.stream.IntStream.range(0, n).filter(i -> i % 6 == 0 && i != 0).count();
    assertThat(soil).hasSize((int) expected).contains("e6").allMatch(id -> Integer.parseInt(id.substring(1)) % 6 == 0);
    assertThat(index.search(SearchQuery.text("soil").filter(Facet.LICENCE, "CC-BY-4.0").page(1, 0)).total()).isEqualTo(expected);

    RuntimeException stop = new IllegalStateException("client went away");
    int[] seen = {0};
    assertThatThrownBy(() -> index.forEachId(SearchQuery.all(), id -> {
      if (++seen[0] == 10) throw stop;
    })).isSameAs(stop);
    assertThat(seen[0]).isEqualTo(10);
  }

  // ---- helpers -------------------------------------------------------------------------------

  /** Indexes the documents and commits, so they are visible. */
  protected void add(TestDataset... docs) {
    index.index(Arrays.stream(docs).map(TestDataset::build).toList());
    index.commit(++watermark);
  }

  protected void reopen() {
    index.close();
    index = newIndex(dir);
  }

  private Set<String> idSet(String text) {
    return new HashSet<>(ids(SearchQuery.text(text)));
  }

  private List<String> ids(SearchQuery q) {
    return ids(index.search(q.page(1, SearchQuery.MAX_SIZE)));
  }

  private static List<String> ids(SearchResult r) {
    return r.hits().stream().map(SearchResult.Hit::id).toList();
  }

  /** A facet's values and counts in the order the index gave them. */
  private static Map<String, Long> counts(SearchResult r, Facet f) {
    assertThat(r.facets()).containsKey(f);
    return r.facets().get(f).stream().collect(Collectors.toMap(SearchResult.FacetCount::value,
        SearchResult.FacetCount::count, (a, b) -> { throw new AssertionError("duplicate value " + a); },
        LinkedHashMap::new));
  }

  private static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  protected static TestDataset doc(String id) {
    return new TestDataset(id);
  }
}
