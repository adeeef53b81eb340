package org.moisson.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every DataCite kernel-4.3 JSON example of the schema repository, as golden pairs. */
class DataCiteJsonGoldenTest {
  private final DataCiteJsonMapper mapper = new DataCiteJsonMapper();

  static List<Path> examples() throws IOException {
    try (Stream<Path> s = Files.list(GoldenFiles.fixture("datacite-dataverse/datacite/json-kernel-4.3/example"))) {
      List<Path> files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
      assertEquals(17, files.size(), "kernel-4.3 JSON examples in the fixtures");
      return files;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void example(Path file) {
    String name = file.getFileName().toString().replaceFirst("\\.json$", "");
    GoldenFiles.assertGolden("datacite-json", name, mapper.map(GoldenFiles.read(file)));
  }
}
