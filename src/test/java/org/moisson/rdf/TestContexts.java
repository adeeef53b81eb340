package org.moisson.rdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.moisson.mapping.GoldenFiles;

/**
 * The contexts tests parse with: a {@link ContextCache} that never fetches, whose folder (a
 * temporary one, deleted when the JVM exits) is filled from ../shared/fixtures, so the upstream
 * files are read from the shared fixtures and never copied into the project.
 */
public final class TestContexts {
  /** The official DCAT-AP 3.0.0 context, which the fixtures hold as published (five invalid terms included). */
  public static final String DCAT_AP_3 = "https://semiceu.github.io/DCAT-AP/releases/3.0.0/context/dcat-ap.jsonld";
  /** The context every official DCAT-AP 3.0.0 JSON-LD example names. */
  public static final String DCAT_AP_3_EXAMPLES =
      "https://semiceu.github.io/uri.semic.eu-generated/DCAT-AP/releases/3.0.0/html/examples/context.jsonld";

  /** Context URL → fixture file. */
  static final Map<String, String> FIXTURES = Map.of(
      DCAT_AP_3, "dcat-ap/3.0.0/dcat-ap-context.jsonld",
      DCAT_AP_3_EXAMPLES, "dcat-ap/3.0.0/examples/context.jsonld");

  private static ContextCache shared;

  private TestContexts() {}

  /** One cache for the whole run, so each context is parsed once however many tests use it. */
  public static synchronized ContextCache fromFixtures() {
    if (shared == null) shared = new ContextCache(filledFolder(), null);
    return shared;
  }

  /** A new folder holding the fixture contexts under the names a {@link ContextCache} looks for. */
  public static Path filledFolder() {
    try {
      Path dir = Files.createTempDirectory("moisson-contexts-");
      dir.toFile().deleteOnExit(); // registered first: deleted last, once its files are gone
      ContextCache naming = new ContextCache(dir, null);
      for (Map.Entry<String, String> e : FIXTURES.entrySet()) {
        Path file = naming.fileFor(e.getKey());
        Files.copy(GoldenFiles.fixture(e.getValue()), file);
        file.toFile().deleteOnExit();
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
