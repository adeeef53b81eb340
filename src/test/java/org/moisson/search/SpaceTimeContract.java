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

/** The {@link SearchIndex} contract on footprints, periods, sort orders and paging. */
abstract class SpaceTimeContract extends ContractBase {
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

}
