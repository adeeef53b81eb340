package org.moisson.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every DataCite kernel-4 example of the schema repository and both Dataverse exports, as golden pairs. */
class DataCiteGoldenTest {
  private final DataCiteMapper mapper = new DataCiteMapper();

  static List<Path> kernel4Examples() throws IOException {
    try (Stream<Path> s = Files.list(GoldenFiles.fixture("datacite-dataverse/datacite/xml-kernel-4/example"))) {
      List<Path> files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
      assertEquals(31, files.size(), "kernel-4 examples in the fixtures");
      return files;
    }
  }

  static List<String> dataverseExports() {
    return List.of("export-set-max", "export-set-minimal");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kernel4Examples")
  void kernel4Example(Path file) {
    String name = file.getFileName().toString().replaceFirst("\\.xml$", "");
    GoldenFiles.assertGolden("datacite", name, mapper.map(GoldenFiles.read(file)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dataverseExports")
  void dataverseExport(String set) {
    Path file = GoldenFiles.fixture("datacite-dataverse/dataverse/" + set + "/dataCiteXml.xml");
    GoldenFiles.assertGolden("datacite", "dataverse-" + set, mapper.map(GoldenFiles.read(file)));
  }
}
