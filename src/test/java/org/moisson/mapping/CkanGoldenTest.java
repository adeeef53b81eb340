package org.moisson.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real demo.ckan.org packages (2017): each package_show answer and each result of the
 * package_search page, both against one golden file per package, since a harvest may meet a
 * package either way and must make the same dataset of it.
 */
class CkanGoldenTest {
  private static final String DIR = "ckan/demo.ckan.org-2017/";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final CkanMapper mapper = new CkanMapper();

  static List<Arguments> packages() {
    JsonNode search = JSON.readTree(GoldenFiles.read(GoldenFiles.fixture(DIR + "packages.json")));
    List<Arguments> out = new ArrayList<>();
    for (JsonNode result : search.get("result").get("results")) {
      String id = result.get("id").asString();
      out.add(Arguments.of("package_show " + id, id, GoldenFiles.read(GoldenFiles.fixture(DIR + id + ".json"))));
      out.add(Arguments.of("package_search result " + id, id, JSON.writeValueAsString(result)));
    }
    assertEquals(6, out.size(), "three packages, each shown and searched");
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("packages")
  void realPackage(String label, String id, String payload) {
    GoldenFiles.assertGolden("ckan", id, mapper.map(payload));
  }
}
