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
 * What the {@link SearchIndex} contract suites share: a fresh index in a fresh folder for each test,
 * the corpora the tests index, and the helpers that read results. The tests themselves are in
 * {@link SpaceTimeContract} and {@link SearchIndexContract}.
 */
abstract class ContractBase {

  /** Opens (creating when empty) an index kept in {@code dir}. */
  protected abstract SearchIndex newIndex(Path dir);

  @TempDir
  protected Path dir;
  protected SearchIndex index;
  long watermark;

  @BeforeEach
  void open() {
    index = newIndex(dir);
  }

  @AfterEach
  void close() {
    index.close();
  }

  // ---- corpora -------------------------------------------------------------------------------

  void addFacetCorpus() {
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

  void addSpatialCorpus() {
    add(doc("brittany").box(-5.5, 47, -1, 49),
        doc("paris").point(2.35, 48.85),
        doc("alps").polygon(6, 44, 10, 44, 10, 47, 6, 47, 6, 44),
        doc("pacific").box(170, -20, -170, 10),
        doc("guinea").point(5, 2),
        doc("nowhere").title("en", "No footprint"));
  }

  void addTemporalCorpus() {
    add(doc("t2000s").period("2000-01-01", "2005-12-31"),
        doc("since2010").period("2010", null),
        doc("until1990").period(null, "1990"),
        doc("may2014").period("2014-05", "2014-05"),
        doc("timeless").title("en", "No coverage"));
  }

  void addDatedCorpus() {
    add(doc("d2020").title("en", "Alpha series").issued("2020-05-01").type("Dataset"),
        doc("d2021").title("en", "Beta series").issued("2021").type("Software"),
        doc("d2019").title("en", "Gamma series").issued("2019-12").type("Software"),
        doc("d2022").title("en", "Omega series").date("Created", "2022-06-01").type("Dataset"),
        doc("undated").title("en", "Series without date").type("Dataset"));
  }

  static Dataset fullDataset() {
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

  Set<String> idSet(String text) {
    return new HashSet<>(ids(SearchQuery.text(text)));
  }

  List<String> ids(SearchQuery q) {
    return ids(index.search(q.page(1, SearchQuery.MAX_SIZE)));
  }

  static List<String> ids(SearchResult r) {
    return r.hits().stream().map(SearchResult.Hit::id).toList();
  }

  /** A facet's values and counts in the order the index gave them. */
  static Map<String, Long> counts(SearchResult r, Facet f) {
    assertThat(r.facets()).containsKey(f);
    return r.facets().get(f).stream().collect(Collectors.toMap(SearchResult.FacetCount::value,
        SearchResult.FacetCount::count, (a, b) -> { throw new AssertionError("duplicate value " + a); },
        LinkedHashMap::new));
  }

  static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  protected static TestDataset doc(String id) {
    return new TestDataset(id);
  }
}
