package org.moisson.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every collection of the STAC specification's examples (1.1.0-beta.1 and 1.0.0) as golden pairs. */
class StacCollectionGoldenTest {
  private static final Path STAC = GoldenFiles.fixture("schemaorg-stac/stac-spec");
  private final StacCollectionMapper mapper = new StacCollectionMapper();

  static List<Path> collections() throws IOException {
    try (Stream<Path> s = Files.walk(STAC)) {
      List<Path> files = s.filter(p -> p.getFileName().toString().matches("collection(-[a-z-]+)?\\.json"))
          .filter(p -> !p.toString().contains("json-schema")).sorted().toList();
      assertEquals(6, files.size(), "STAC example collections in the fixtures");
      return files;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("collections")
  void collection(Path file) {
    String name = STAC.relativize(file).toString().replace(".json", "").replace('/', '_');
    GoldenFiles.assertGolden("stac-collection", name, mapper.map(GoldenFiles.read(file)));
  }
}
