package org.moisson.vocabulary;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The real thesauri of ../shared/fixtures/thesaurus, loaded once per test JVM (they take seconds). */
public final class TestThesauri {
  static final String GCMD = "https://gcmd.earthdata.nasa.gov/kms/concept/";
  static final String GCMD_SCHEME = "https://gcmd.earthdata.nasa.gov/kms/concepts/concept_scheme/sciencekeywords";
  static final String GEMET = "http://www.eionet.europa.eu/gemet/concept/";
  static final String THEMES = "https://w3id.org/moisson/themes/";
  private static Thesaurus all;

  private TestThesauri() {}

  static Path fixture(String relative) {
    Path root = Path.of(System.getProperty("moisson.fixtures", "../shared/fixtures"), "thesaurus");
    if (!Files.isDirectory(root)) fail("fixtures not found at " + root.toAbsolutePath());
    return root.resolve(relative);
  }

  static ThesaurusSource themes() {
    return ThesaurusSource.classpath("vocabulary/themes.ttl");
  }

  static ThesaurusSource gcmd() {
    return ThesaurusSource.file(fixture("gcmd/sciencekeywords.rdf"));
  }

  static ThesaurusSource gcmdCsv() {
    return ThesaurusSource.file(fixture("gcmd/sciencekeywords.csv"));
  }

  static List<ThesaurusSource> gemet() {
    return List.of(ThesaurusSource.file(fixture("gemet/gemet-en.rdf")), ThesaurusSource.file(fixture("gemet/gemet-fr.rdf")));
  }

  static ThesaurusSource inspire() {
    return ThesaurusSource.file(fixture("inspire/inspire-theme.rdf"));
  }

  /** The project's own theme vocabulary alone, as a portal has it by default. */
  public static Thesaurus defaultThemes() {
    return ThesaurusLoader.load(List.of(themes()));
  }

  /** Themes, GCMD (RDF and CSV), GEMET (EN and FR) and INSPIRE together, as a configured portal would have them. */
  static synchronized Thesaurus all() {
    if (all == null) {
      all = ThesaurusLoader.load(List.of(themes(), gcmd(), gcmdCsv(), gemet().get(0), gemet().get(1), inspire()));
    }
    return all;
  }
}
