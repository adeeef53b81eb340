package org.moisson.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.moisson.rdf.RdfException;
import org.moisson.rdf.SafeRdf;
import org.moisson.rdf.TestContexts;
import org.moisson.record.Dataset;

/**
 * Every official DCAT-AP example (2.1.1, 3.0.0, 3.0.0-hvd, GeoDCAT-AP 2.0.0), in every syntax,
 * cut into dataset payloads and mapped. Per file, golden/dcat/{release}/{file}.datasets.txt pins
 * which datasets the cut finds and the hash of each payload; per dataset, {file}#{n}.expected.json
 * is the record, or {file}#{n}.expected-error.txt the mapping error (a dataset without title).
 */
class DcatMapperGoldenTest {
  private static final List<String> RELEASES = List.of("2.1.1", "3.0.0", "3.0.0-hvd", "geodcat-ap-2.0.0");
  /** Upstream Turtle that does not parse (an IRI written as a prefixed name with a slash). */
  private static final List<String> INVALID = List.of("example-bee-population-dataset-series-api.ttl",
      "example-bee-population-dataset-series-combined.ttl");

  static Stream<String> examples() throws IOException {
    Stream<String> all = Stream.empty();
    for (String release : RELEASES) {
      Path dir = GoldenFiles.fixture("dcat-ap/" + release + "/examples");
      try (Stream<Path> files = Files.list(dir)) {
        List<String> names = files.map(p -> p.getFileName().toString())
            .filter(n -> lang(n) != null && !INVALID.contains(n)).sorted().toList();
        all = Stream.concat(all, names.stream().map(n -> release + "/" + n));
      }
    }
    return all;
  }

  private static Lang lang(String file) {
    Lang l = RDFLanguages.filenameToLang(file);
    return l == Lang.TURTLE || l == Lang.RDFXML || l == Lang.JSONLD || l == Lang.NTRIPLES ? l : null;
  }

  static Model parse(String example) {
    Path p = GoldenFiles.fixture("dcat-ap/" + example.replace("/", "/examples/"));
    try {
      return SafeRdf.parse(Files.readAllBytes(p), lang(example), "https://example.org/" + example,
          TestContexts.fromFixtures());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void everyReleaseHasExamplesInEverySyntax() throws IOException {
    List<String> all = examples().toList();
    assertEquals(43, all.size(), "example files found: " + all);
    for (String ext : List.of(".ttl", ".jsonld", ".rdf", ".nt")) {
      assertTrue(all.stream().anyMatch(e -> e.endsWith(ext)), "no " + ext + " example");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void mapsEveryDatasetOfTheExample(String example) {
    List<DcatGraphs.Description> datasets = DcatGraphs.datasets(parse(example));
    StringBuilder index = new StringBuilder();
    DcatMapper mapper = new DcatMapper();
    for (int n = 0; n < datasets.size(); n++) {
      DcatGraphs.Description d = datasets.get(n);
      index.append('#').append(n).append(' ').append(d.dataset().isAnon() ? "_:" : d.dataset().getURI())
          .append(" lines=").append(d.nTriples().lines().count())
          .append(" sha256=").append(sha256(d.nTriples())).append('\n');
      String name = example + "#" + n;
      Dataset mapped;
      try {
        mapped = mapper.map(d.nTriples());
      } catch (MappingException e) {
        GoldenFiles.assertGoldenText("dcat", name + ".expected-error.txt", e.getMessage() + "\n");
        continue;
      }
      GoldenFiles.assertGolden("dcat", name, mapped);
    }
    GoldenFiles.assertGoldenText("dcat", example + ".datasets.txt", index.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"example-bee-population-dataset-series-api.ttl",
      "example-bee-population-dataset-series-combined.ttl"})
  void upstreamInvalidTurtleIsRefusedWithTheParserMessage(String file) {
    RdfException e = assertThrows(RdfException.class, () -> parse("3.0.0/" + file));
    assertTrue(e.getMessage().startsWith("not valid Turtle: line "), e.getMessage());
    assertTrue(e.getMessage().contains("SLASH"), e.getMessage());
  }

  /**
   * GeoDCAT-AP ships one dataset in three syntaxes. Its literals differ upstream (indentation of
   * the description, "10" and "10.0"), but its eleven blank nodes are named by position, so every
   * line that has one is the same whatever syntax the page came in.
   */
  @Test
  void oneDatasetInThreeSyntaxesGivesTheSameBlankNodeLines() {
    List<String> ttl = blankLines(single("geodcat-ap-2.0.0/dataset.ttl"));
    assertEquals(49, ttl.size());
    assertTrue(ttl.contains("_:b11 <http://www.w3.org/ns/prov#wasDerivedFrom> <http://data.europa.eu/eli/reg/2010/1089> ."), ttl.toString());
    assertEquals(ttl, blankLines(single("geodcat-ap-2.0.0/dataset.rdf")));
    assertEquals(ttl, blankLines(single("geodcat-ap-2.0.0/dataset.jsonld")));
  }

  private static List<String> blankLines(String nTriples) {
    return nTriples.lines().filter(l -> l.contains("_:")).toList();
  }

  /** The JSON-LD examples name a remote @context; it comes from a cache filled from the fixtures, offline. */
  @Test
  void jsonLdExamplesWithRemoteContextParseLikeTheirTurtle() {
    Model jsonld = parse("3.0.0/example-bee-population.jsonld");
    Model turtle = parse("3.0.0/example-bee-population.ttl");
    assertFalse(jsonld.isEmpty());
    assertTrue(jsonld.isIsomorphicWith(turtle), "JSON-LD and Turtle examples differ");
  }

  private static String single(String example) {
    List<DcatGraphs.Description> ds = DcatGraphs.datasets(parse(example));
    assertEquals(1, ds.size(), example);
    return ds.get(0).nTriples();
  }

  private static String sha256(String s) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

}
