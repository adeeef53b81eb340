package org.moisson.mapping;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The native JSON (dataverse_json export) of both real Dataverse export sets, as golden pairs. */
class DataverseJsonGoldenTest {
  private final DataverseJsonMapper mapper = new DataverseJsonMapper();

  static List<String> exportSets() {
    return List.of("export-set-max", "export-set-minimal");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("exportSets")
  void datasetJson(String set) {
    Path file = GoldenFiles.fixture("datacite-dataverse/dataverse/" + set + "/datasetJson.json");
    GoldenFiles.assertGolden("dataverse-json", set, mapper.map(GoldenFiles.read(file)));
  }
}
