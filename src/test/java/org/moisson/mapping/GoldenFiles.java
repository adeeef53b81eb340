package org.moisson.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.moisson.record.Dataset;
import org.moisson.record.DatasetJson;

/**
 * Golden pairs: a real input record (read from ../shared/fixtures) and the expected normalised
 * record under src/test/resources/golden. Run with {@code -Dgolden.update=true} to rewrite the
 * expectations, then review the diff; never edit them by hand to make a test pass.
 */
public final class GoldenFiles {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  private GoldenFiles() {}

  /** The shared third-party fixtures folder. */
  public static Path fixtures() {
    Path p = Path.of(System.getProperty("moisson.fixtures", "../shared/fixtures"));
    if (!Files.isDirectory(p)) fail("fixtures not found at " + p.toAbsolutePath() + " (../shared/fixtures)");
    return p;
  }

  public static Path fixture(String relative) {
    return fixtures().resolve(relative);
  }

  public static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compares the dataset with golden/{group}/{name}.expected.json. */
  public static void assertGolden(String group, String name, Dataset actual) {
    assertGoldenText(group, name + ".expected.json", DatasetJson.pretty(actual) + "\n");
  }

  /** Compares a text (an error message, a listing) with golden/{group}/{file}, under the same update flag. */
  public static void assertGoldenText(String group, String file, String actual) {
    Path expected = GOLDEN.resolve(group).resolve(file);
    try {
      if (Boolean.getBoolean("golden.update")) {
        Files.createDirectories(expected.getParent());
        Files.writeString(expected, actual);
        return;
      }
      if (!Files.exists(expected)) {
        fail("no golden file " + expected + ": run with -Dgolden.update=true and review it");
      }
      assertEquals(Files.readString(expected), actual, "differs from " + expected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
