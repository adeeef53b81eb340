package org.moisson.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.moisson.record.BoundingBox;
import org.moisson.record.Dataset;
import org.moisson.record.Licence;

/**
 * What every {@link SearchIndex} backend must do, written only against the port: facets, writes
 * and lifecycle here; text in {@link TextContract}; footprints, periods, sort and paging in {@link SpaceTimeContract};
 * concepts and completion in {@link ConceptsAndCompletionContract}. A backend's test
 * extends this class and says how to open an index in a folder; each test gets a fresh folder,
 * and may close and reopen the index on the same folder to check what persists.
 */
public abstract class SearchIndexContract extends TextContract {
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

}
