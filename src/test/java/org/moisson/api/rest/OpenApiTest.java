package org.moisson.api.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.moisson.search.Facet;
import org.moisson.support.AppTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The hand-written OpenAPI description, as served: it parses with swagger-parser without a message,
 * and every route the application maps under /api/v1 (method and path) is in it, with the search
 * parameters the API accepts.
 */
class OpenApiTest extends AppTest {
  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  private RequestMappingHandlerMapping mappings;

  private OpenAPI parse() {
    Answer a = get("/api/v1/openapi.json");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.contentType()).startsWith("application/json");
    SwaggerParseResult r = new OpenAPIV3Parser().readContents(a.body(), null, null);
    assertThat(r.getMessages()).isEmpty();
    assertThat(r.getOpenAPI()).isNotNull();
    return r.getOpenAPI();
  }

  private static Set<String> documented(OpenAPI api) {
    Set<String> out = new TreeSet<>();
    api.getPaths().forEach((path, item) -> item.readOperationsMap().keySet()
        .forEach(m -> out.add(m.name() + " " + path)));
    return out;
  }

  @Test
  void everyApiRouteOfTheApplicationIsDescribed() {
    OpenAPI api = parse();
    Set<String> documented = documented(api);
    List<String> routes = new ArrayList<>();
    for (Map.Entry<RequestMappingInfo, ?> e : mappings.getHandlerMethods().entrySet()) {
      RequestMappingInfo info = e.getKey();
      for (String path : info.getPatternValues()) {
        if (!path.startsWith("/api/v1")) continue;
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) routes.add(m.name() + " " + path);
      }
    }
    assertThat(routes).hasSizeGreaterThanOrEqualTo(13);
    assertThat(documented).containsAll(routes);
  }

  @Test
  void theSearchParametersAreThoseTheApiTakes() {
    PathItem search = parse().getPaths().get("/api/v1/datasets");
    Set<String> names = search.getGet().getParameters().stream().map(Parameter::getName).collect(Collectors.toSet());
    assertThat(names).contains("q", "page", "size", "sort", "bbox", "start", "end", "lang");
    for (Facet f : Facet.values()) assertThat(names).contains(f.param());
    // Each one is accepted by the running API (a name it did not know would be a 400).
    for (String n : names) {
      String value = switch (n) {
        case "page", "size" -> "1";
        case "sort" -> "date";
        case "bbox" -> "0,0,1,1";
        case "start", "end" -> "2020";
        default -> "x";
      };
      assertThat(get("/api/v1/datasets?" + n + "=" + value).status()).as(n).isEqualTo(200);
    }
  }

  @Test
  void theBrowsablePageShowsEveryOperationInBothLanguages() {
    OpenAPI api = parse();
    String en = get("/api?lang=en").body();
    String fr = get("/api?lang=fr").body();
    for (String op : documented(api)) {
      String[] mp = op.split(" ", 2);
      assertThat(en).contains("<code>" + mp[0].toUpperCase(Locale.ROOT) + "</code> <code>" + mp[1] + "</code>");
    }
    assertThat(en).contains("API and machine interfaces").contains("Needs the admin token");
    assertThat(fr).contains("API et interfaces machine").contains("Paramètres");
  }
}
