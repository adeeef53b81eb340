package org.moisson.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The science-on-schema.org examples and test data graphs, and Dataverse's schema.org export of
 * both export sets, as golden pairs. Files that are no mappable dataset are listed with the reason
 * the mapper gives (asserted, so a change of behaviour shows).
 */
class SchemaOrgGoldenTest {
  private static final Path SOSO = GoldenFiles.fixture("schemaorg-stac/science-on-schema.org");
  /** File name → what the MappingException must say. */
  static final Map<String, String> REFUSED = Map.of(
      // Seven Datasets side by side, each a temporal-coverage snippet without a name.
      "temporalCoverage.jsonld", "7 schema.org Datasets",
      // Variable-description examples: a Dataset with variables but no name.
      "variableMeasured_AstroMaterials_analysis.jsonld", "no name",
      "variableMeasured_USGS-NWIS_surfaceWater.jsonld", "no name",
      // A GeoJSON Feature with schema.org terms inside its properties: no Dataset.
      "selfiegeojson.jsonld", "no schema.org Dataset");
  private final SchemaOrgMapper mapper = new SchemaOrgMapper();

  static List<Path> files() throws IOException {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> a = Files.list(SOSO.resolve("examples/dataset"));
        Stream<Path> b = Files.list(SOSO.resolve("validation/testingDataGraphs"))) {
      a.filter(p -> p.toString().endsWith(".jsonld")).forEach(out::add);
      b.filter(p -> p.toString().endsWith(".json-ld") || p.toString().endsWith(".jsonld")).forEach(out::add);
    }
    out.sort(null);
    assertEquals(17, out.size(), "science-on-schema.org examples and data graphs in the fixtures");
    out.add(GoldenFiles.fixture("datacite-dataverse/dataverse/export-set-max/datasetSchemaDotOrg.json"));
    out.add(GoldenFiles.fixture("datacite-dataverse/dataverse/export-set-minimal/datasetSchemaDotOrg.json"));
    return out;
  }

  private static String name(Path file) {
    String n = file.getFileName().toString().replaceFirst("\\.(json-ld|jsonld|json)$", "");
    return n.equals("datasetSchemaDotOrg") ? "dataverse-" + file.getParent().getFileName() : n;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void example(Path file) {
    String reason = REFUSED.get(file.getFileName().toString());
    if (reason != null) {
      MappingException e = assertThrows(MappingException.class, () -> mapper.map(GoldenFiles.read(file)));
      assertTrue(e.getMessage().contains(reason), e.getMessage());
      return;
    }
    GoldenFiles.assertGolden("schemaorg", name(file), mapper.map(GoldenFiles.read(file)));
  }
}
