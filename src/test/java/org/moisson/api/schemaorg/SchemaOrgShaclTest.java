package org.moisson.api.schemaorg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.moisson.mapping.GoldenFiles;
import org.moisson.mapping.Mappers;
import org.moisson.rdf.SafeRdf;
import org.moisson.rdf.TestContexts;
import org.moisson.record.Dataset;
import org.moisson.record.DatasetJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dataset pages' schema.org JSON-LD against science-on-schema.org's SHACL shapes (SOSO common
 * 1.2.3, Google required, Google recommended) with Jena SHACL: no violation on the demo catalogue and
 * on real DataCite and ISO records, except the exclusions below, each allowed only when the source
 * itself lacks the field. The BAD data graphs of the same repository are flagged by the same shapes.
 *
 * <p>Exclusions (a recommended property Moisson never invents):
 * <ul>
 *   <li>version: only when the source states no version;</li>
 *   <li>keywords: only when the source gives neither keywords nor themes;</li>
 *   <li>alternateName: only when the source gives one title;</li>
 *   <li>license, spatialCoverage, temporalCoverage, sameAs: only when the source has none;</li>
 *   <li>variableMeasured: always, the record model holds no variables (GCMD variables are keywords).</li>
 * </ul>
 */
class SchemaOrgShaclTest {
  private static final String SHAPES = "schemaorg-stac/science-on-schema.org/validation/shapegraphs/";
  private static final String SO = "http://schema.org/";
  private static final Map<String, Shapes> SHAPE_SETS = Map.of(
      "soso_common_v1.2.3", shapes("soso_common_v1.2.3.ttl"),
      "googleRequired", shapes("googleRequired.ttl"),
      "googleRecommended", shapes("googleRecommended.ttl"));

  record Case(String name, Dataset dataset) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Shapes shapes(String file) {
    Graph g = RDFParser.source(GoldenFiles.fixture(SHAPES + file)).lang(Lang.TTL).toGraph();
    return Shapes.parse(g);
  }

  static List<Case> fixtures() throws IOException {
    List<Case> all = new ArrayList<>();
    try (InputStream in = SchemaOrgShaclTest.class.getResourceAsStream("/demo/catalogue.json")) {
      JsonNode demo = JsonMapper.builder().build().readTree(in);
      int n = 0;
      for (JsonNode entry : demo) all.add(new Case("demo#" + n++, DatasetJson.read(entry.get("dataset").toString())));
    }
    add(all, "datacite", "datacite-dataverse/datacite/xml-kernel-4/example", ".xml");
    add(all, "iso19139", "csw/pycsw/apiso/data", ".xml");
    all.add(new Case("metawal.wallonie.be-catchments", map("iso19115-3", "csw/pycsw/iso19115p3/data/metawal.wallonie.be-catchments.xml")));
    all.add(new Case("auscope-3d-model", map("iso19115-3", "csw/pycsw/iso19115p3/data/auscope-3d-model.xml")));
    return all;
  }

  private static void add(List<Case> all, String format, String dir, String ext) throws IOException {
    try (Stream<Path> s = Files.list(GoldenFiles.fixture(dir))) {
      for (Path p : s.filter(f -> f.toString().endsWith(ext)).sorted().toList()) {
        all.add(new Case(p.getFileName().toString(), Mappers.defaults().forFormat(format).map(GoldenFiles.read(p))));
      }
    }
  }

  private static Dataset map(String format, String path) {
    return Mappers.defaults().forFormat(format).map(GoldenFiles.read(GoldenFiles.fixture(path)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void conformsToTheShapes(Case c) {
    String page = "http://127.0.0.1/datasets/abc";
    Model data = SafeRdf.parse(SchemaOrgDataset.jsonLd(c.dataset(), page, "Moisson", "http://127.0.0.1/"),
        Lang.JSONLD, page, TestContexts.fromFixtures());
    List<String> violations = new ArrayList<>();
    SHAPE_SETS.forEach((name, shapes) -> {
      ValidationReport report = ShaclValidator.get().validate(shapes, data.getGraph());
      for (ReportEntry e : report.getEntries()) {
        if (e.severity() != Severity.Violation || excluded(e, c.dataset())) continue;
        violations.add(name + ": " + e.resultPath() + " " + e.sourceConstraintComponent().getLocalName() + " " + e.message());
      }
    });
    assertThat(violations).as(c.name()).isEmpty();
  }

  /** A recommended property may be missing only when the source has nothing to fill it with. */
  static boolean excluded(ReportEntry e, Dataset d) {
    if (e.resultPath() == null) return false;
    String path = e.resultPath().toString().replaceAll("[<>]", "");
    if (!path.startsWith(SO)) return false;
    Map<String, Predicate<Dataset>> lacks = Map.of(
        "version", x -> x.version() == null,
        "keywords", x -> x.keywords().isEmpty() && x.themes().isEmpty(),
        "alternateName", x -> x.titles().stream().map(t -> t.value()).distinct().count() < 2,
        "license", x -> x.licence() == null,
        "spatialCoverage", x -> x.spatial().footprints().isEmpty() && x.spatial().places().isEmpty(),
        "temporalCoverage", x -> x.temporal().isEmpty(),
        "sameAs", x -> x.identifiers().stream().noneMatch(i -> i.url() != null),
        "variableMeasured", x -> true);
    Predicate<Dataset> p = lacks.get(path.substring(SO.length()));
    return p != null && e.sourceConstraintComponent().getLocalName().equals("MinCountConstraintComponent") && p.test(d);
  }

  /** The same shapes flag science-on-schema.org's BAD examples, so the test above can fail. */
  @Test
  void badExamplesAreFlagged() {
    for (String bad : List.of("validation/testingDataGraphs/dataset-minimal-BAD.json-ld",
        "validation/testingDataGraphs/ttl/deeptimeDSBAD.ttl")) {
      Path file = GoldenFiles.fixture("schemaorg-stac/science-on-schema.org/" + bad);
      Lang lang = bad.endsWith(".ttl") ? Lang.TTL : Lang.JSONLD;
      Model data = SafeRdf.parse(GoldenFiles.read(file), lang, "http://example.org/", TestContexts.fromFixtures());
      long violations = SHAPE_SETS.entrySet().stream().filter(s -> !s.getKey().equals("googleRecommended"))
          .mapToLong(s -> ShaclValidator.get().validate(s.getValue(), data.getGraph()).getEntries().stream()
              .filter(e -> e.severity() == Severity.Violation).count()).sum();
      assertThat(violations).as(bad).isPositive();
    }
  }

  /** The good counterpart passes the required shapes, so the flags above are about what is bad. */
  @Test
  void theGoodMinimalExamplePassesTheRequiredShapes() {
    Path file = GoldenFiles.fixture("schemaorg-stac/science-on-schema.org/validation/testingDataGraphs/dataset-minimal.json-ld");
    Model data = SafeRdf.parse(GoldenFiles.read(file), Lang.JSONLD, "http://example.org/", TestContexts.fromFixtures());
    ValidationReport r = ShaclValidator.get().validate(SHAPE_SETS.get("googleRequired"), data.getGraph());
    assertThat(r.getEntries().stream().filter(e -> e.severity() == Severity.Violation)).isEmpty();
  }
}
