package org.moisson.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.moisson.record.Agent;
import org.moisson.record.BoundingBox;
import org.moisson.record.Dataset;
import org.moisson.record.DatasetJson;
import org.moisson.record.Distribution;
import org.moisson.record.Identifier;
import org.moisson.record.Keyword;
import org.moisson.record.LangText;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo catalogue the portal loads on its embedded default (src/main/resources/demo): an array of
 * {"source": key, "dataset": Dataset JSON}, and the list of demo sources those keys point to.
 */
class DemoCatalogueFileTest {
  static final String THEME_SCHEME = "Moisson themes";
  static final List<String> THEMES = List.of("Solid Earth", "Oceans", "Atmosphere", "Climate",
      "Biodiversity", "Continental surfaces", "Agro-environment");
  static final String TEST_ORCID = "0000-0002-1825-0097";

  static final JsonMapper JSON = JsonMapper.builder().build();

  static JsonNode sources;
  static JsonNode catalogue;
  /** Catalogue entries in file order: source key and parsed dataset. */
  static final List<Map.Entry<String, Dataset>> entries = new ArrayList<>();

  @BeforeAll
  static void load() {
    sources = JSON.readTree(resource("/demo/sources.json"));
    catalogue = JSON.readTree(resource("/demo/catalogue.json"));
    assertTrue(catalogue.isArray(), "catalogue.json must be an array");
    for (JsonNode e : catalogue.values()) {
      entries.add(Map.entry(e.path("source").asString(""),
          DatasetJson.read(JSON.writeValueAsString(e.get("dataset")))));
    }
  }

  static String resource(String path) {
    try (InputStream in = DemoCatalogueFileTest.class.getResourceAsStream(path)) {
      assertNotNull(in, path + " not on the classpath");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String label(int i) {
    Dataset d = entries.get(i).getValue();
    return "record " + i + " (" + (d.doi() == null ? d.title("en") : d.doi()) + ")";
  }

  @Test
  void sourcesAreFiveDemoRepositoriesOnInvalidHosts() {
    assertTrue(sources.isArray());
    assertEquals(5, sources.size());
    Set<String> keys = new HashSet<>();
    for (JsonNode s : sources.values()) {
      String key = s.path("key").asString("");
      assertFalse(key.isBlank(), "source without key: " + s);
      assertTrue(keys.add(key), "duplicate source key " + key);
      assertFalse(s.path("name").asString("").isBlank(), key + " has no name");
      assertFalse(s.path("protocol").asString("").isBlank(), key + " has no protocol");
      URI url = URI.create(s.path("url").asString(""));
      assertEquals("https", url.getScheme(), key);
      assertTrue(url.getHost() != null && url.getHost().endsWith(".invalid"),
          key + " must use the .invalid TLD: " + url);
    }
  }

  @Test
  void catalogueHasFortyWrappedRecordsFromKnownSources() {
    assertEquals(40, entries.size());
    Set<String> keys = new HashSet<>();
    sources.values().forEach(s -> keys.add(s.path("key").asString()));
    Set<String> used = new HashSet<>();
    int i = 0;
    for (JsonNode e : catalogue.values()) {
      assertEquals(Set.of("source", "dataset"), new HashSet<>(e.propertyNames()),
          "entry " + i + " must hold exactly source and dataset");
      assertFalse(e.get("dataset").has("source"), "entry " + i + ": source belongs outside dataset");
      String key = entries.get(i).getKey();
      assertTrue(keys.contains(key), label(i) + " names unknown source '" + key + "'");
      used.add(key);
      i++;
    }
    assertEquals(keys, used, "every demo source should hold at least one record");
  }

  /**
   * DatasetJson ignores unknown properties and reads a missing coordinate as 0, so a typo would
   * silently lose data: each record must read back to exactly the JSON in the file.
   */
  @Test
  void everyRecordIsInTheExactDatasetJsonForm() {
    Comparator<JsonNode> numbersByValue = (a, b) -> a.equals(b) ? 0
        : a.isNumber() && b.isNumber() && a.decimalValue().compareTo(b.decimalValue()) == 0 ? 0 : 1;
    int i = 0;
    for (JsonNode e : catalogue.values()) {
      JsonNode written = JSON.readTree(DatasetJson.write(entries.get(i).getValue()));
      assertTrue(e.get("dataset").equals(numbersByValue, written),
          label(i) + " does not round-trip through DatasetJson:\n file: " + e.get("dataset")
              + "\n read: " + written);
      i++;
    }
  }

  @Test
  void everyRecordHasTitleDoiLicenceAndFootprint() {
    Set<String> dois = new HashSet<>();
    Set<String> titles = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      Dataset d = entries.get(i).getValue();
      String id = label(i);
      assertFalse(d.titles().isEmpty(), id + " has no title");
      d.titles().forEach(t -> assertTrue(titles.add(t.value()), id + " repeats title " + t.value()));
      assertNotNull(d.doi(), id + " has no DOI");
      assertTrue(d.doi().startsWith("10.5072/"), id + ": DOI not under the test prefix 10.5072");
      assertTrue(dois.add(d.doi()), id + " repeats DOI");
      assertNotNull(d.licence(), id + " has no licence");
      assertTrue(d.licence().uri() != null && d.licence().id() != null, id + ": licence needs uri and id");
      assertFalse(d.spatial().boxes().isEmpty() && d.spatial().points().isEmpty(),
          id + " has neither a bounding box nor a point");
    }
  }

  @Test
  void recordsAreFilledLikeRealOnes() {
    for (int i = 0; i < entries.size(); i++) {
      Dataset d = entries.get(i).getValue();
      String id = label(i);
      assertFalse(d.descriptions().isEmpty(), id + " has no description");
      for (LangText t : d.titles()) assertTrue(Set.of("fr", "en").contains(t.lang()), id + ": title lang " + t.lang());
      assertEquals(titleLangs(d.titles()), titleLangs(d.descriptions()), id + ": titles and descriptions differ in languages");
      assertTrue(d.creators().size() >= 2 && d.creators().size() <= 4, id + ": 2 to 4 creators");
      for (Agent a : d.creators()) {
        assertEquals(Agent.Kind.PERSON, a.kind(), id + ": creator " + a.name());
        assertNotNull(a.givenName(), id + ": " + a.name());
        assertNotNull(a.familyName(), id + ": " + a.name());
        assertFalse(a.affiliations().isEmpty(), id + ": " + a.name() + " has no affiliation");
      }
      assertNotNull(d.publisher(), id + " has no publisher");
      Integer year = d.year();
      assertTrue(year != null && year >= 2008 && year <= 2026, id + ": issued " + d.issued());
      assertNotNull(d.resourceType(), id + " has no resource type");
      assertNotNull(d.accessRights(), id + " has no access rights");
      assertFalse(d.distributions().isEmpty(), id + " has no distribution");
      assertTrue(d.landingPage() != null && d.landingPage().startsWith("https://demo.invalid/"),
          id + ": landing page " + d.landingPage());
      for (Distribution x : d.distributions()) {
        assertTrue(x.accessUrl().startsWith("https://demo.invalid/"), id + ": access URL " + x.accessUrl());
        assertTrue(x.downloadUrl() == null || x.downloadUrl().startsWith("https://demo.invalid/"), id);
      }
      d.related().forEach(r -> assertTrue(!"DOI".equals(r.identifierType()) || r.identifier().startsWith("10.5072/"),
          id + ": related DOI " + r.identifier() + " not under 10.5072"));
      assertFalse(d.languages().isEmpty(), id + " has no language");
    }
  }

  static Set<String> titleLangs(List<LangText> texts) {
    Set<String> s = new HashSet<>();
    texts.forEach(t -> s.add(t.lang()));
    return s;
  }

  @Test
  void onlyTheDocumentedTestOrcidOnAtMostTwoRecords() {
    int withOrcid = 0;
    for (int i = 0; i < entries.size(); i++) {
      Dataset d = entries.get(i).getValue();
      boolean any = false;
      for (Agent a : concat(d.creators(), d.contributors())) {
        for (Identifier id : a.identifiers()) {
          if (id.scheme() == Identifier.Scheme.ORCID) {
            assertEquals(TEST_ORCID, id.value(), label(i) + ": only ORCID's test identifier may appear");
            any = true;
          }
        }
      }
      if (any) withOrcid++;
    }
    assertTrue(withOrcid <= 2, withOrcid + " records carry an ORCID");
  }

  static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  @Test
  void everyThemeIsCoveredAndEachRecordHasExactlyOne() {
    Map<String, Integer> counts = new TreeMap<>();
    for (int i = 0; i < entries.size(); i++) {
      Dataset d = entries.get(i).getValue();
      List<String> themes = d.keywords().stream().filter(k -> THEME_SCHEME.equals(k.scheme()))
          .map(Keyword::label).toList();
      assertEquals(1, themes.size(), label(i) + " needs exactly one '" + THEME_SCHEME + "' keyword");
      String theme = themes.get(0);
      assertTrue(THEMES.contains(theme), label(i) + ": unknown theme " + theme);
      assertEquals(List.of(theme), d.themes(), label(i) + ": themes field disagrees with theme keyword");
      assertTrue(d.keywords().stream().anyMatch(k -> "GCMD Science Keywords".equals(k.scheme())
          && k.label().startsWith("EARTH SCIENCE > ")), label(i) + " has no GCMD science keyword");
      counts.merge(theme, 1, Integer::sum);
    }
    for (String theme : THEMES) {
      int n = counts.getOrDefault(theme, 0);
      assertTrue(n >= 5 && n <= 7, theme + " has " + n + " records (want 5 to 7): " + counts);
    }
  }

  @Test
  void someBoxCrossesTheAntimeridian() {
    List<BoundingBox> crossing = entries.stream()
        .flatMap(e -> e.getValue().spatial().boxes().stream())
        .filter(BoundingBox::crossesAntimeridian).toList();
    assertFalse(crossing.isEmpty(), "no bounding box crosses the antimeridian");
  }

  @Test
  void catalogueShowsTheVarietyThePortalDemonstrates() {
    Map<String, Integer> types = new LinkedHashMap<>();
    Map<String, Integer> licences = new LinkedHashMap<>();
    Map<String, Integer> access = new LinkedHashMap<>();
    int monolingual = 0;
    int openEnded = 0;
    for (Map.Entry<String, Dataset> e : entries) {
      Dataset d = e.getValue();
      types.merge(d.resourceType().general(), 1, Integer::sum);
      licences.merge(d.licence().id(), 1, Integer::sum);
      access.merge(d.accessRights(), 1, Integer::sum);
      if (d.titles().size() == 1) monolingual++;
      if (d.temporal().stream().anyMatch(p -> p.end() == null)) openEnded++;
    }
    assertTrue(types.getOrDefault("Dataset", 0) > 30, "mostly datasets: " + types);
    assertTrue(types.containsKey("Collection") && types.containsKey("Software"), types.toString());
    for (String l : List.of("CC-BY-4.0", "etalab-2.0", "CC0-1.0", "ODbL-1.0")) {
      assertTrue(licences.containsKey(l), "no record under " + l + ": " + licences);
    }
    assertEquals(1, access.getOrDefault("restricted", 0), "one restricted record: " + access);
    assertTrue(monolingual > 0 && monolingual < entries.size() / 2, monolingual + " monolingual records");
    assertTrue(openEnded > 0, "no open-ended temporal coverage");
  }
}
