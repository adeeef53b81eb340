package org.moisson.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.moisson.record.Dataset;

/**
 * The twelve Dublin Core csw:Record of the OGC CITE suite as golden pairs:
 * golden/csw-record/{name}.expected.json, or {name}.expected-error.txt for a record that cannot be a
 * dataset (three have no title).
 */
class CswRecordGoldenTest {
  private final CswRecordMapper mapper = new CswRecordMapper();

  static List<Path> records() throws IOException {
    try (Stream<Path> s = Files.list(GoldenFiles.fixture("csw/pycsw/cite-data"))) {
      List<Path> files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
      assertEquals(12, files.size(), "csw:Record files in cite-data");
      return files;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("records")
  void record(Path file) {
    String name = file.getFileName().toString().replaceFirst("\\.xml$", "");
    Dataset d;
    try {
      d = mapper.map(GoldenFiles.read(file));
    } catch (MappingException e) {
      GoldenFiles.assertGoldenText("csw-record", name + ".expected-error.txt", e.getMessage() + "\n");
      return;
    }
    GoldenFiles.assertGolden("csw-record", name, d);
  }

}
