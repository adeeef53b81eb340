package org.moisson.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.moisson.mapping.GoldenFiles;

/** The load-time repair drops exactly the terms JSON-LD 1.1 would reject the context for, nothing else. */
class ContextRepairTest {
  private static JsonStructure json(String text) {
    return Json.createReader(new StringReader(text)).read();
  }

  @Test
  void officialDcatApContextLosesItsFiveXsdTermsOnly() {
    JsonObject upstream = (JsonObject) json(GoldenFiles.read(GoldenFiles.fixture("dcat-ap/3.0.0/dcat-ap-context.jsonld")));
    ContextRepair.Result r = ContextRepair.repair(upstream);
    List<String> xsd = List.of("Xsd:dateTime", "Xsd:decimal", "Xsd:duration", "Xsd:hexBinary", "Xsd:nonNegativeInteger");
    assertEquals(xsd, r.dropped());
    JsonObject before = upstream.getJsonObject("@context");
    JsonObject after = ((JsonObject) r.json()).getJsonObject("@context");
    assertEquals(before.size() - 5, after.size());
    for (String term : before.keySet()) {
      if (!xsd.contains(term)) assertEquals(before.get(term), after.get(term), term);
    }
  }

  @Test
  void examplesContextIsLeftAlone() {
    JsonStructure upstream = json(GoldenFiles.read(GoldenFiles.fixture("dcat-ap/3.0.0/examples/context.jsonld")));
    assertSame(upstream, ContextRepair.repair(upstream).json());
  }

  @Test
  void keepsDefinedPrefixesSelfMappedTermsAbsoluteIrisAndScopedContexts() {
    JsonStructure doc = json("""
        {"@context": [{"dct": "http://purl.org/dc/terms/",
                       "dct:title": "http://purl.org/dc/terms/title",
                       "ex:self": "ex:self",
                       "ex:typed": {"@type": "@id"},
                       "http://ex.org/p": "http://ex.org/q",
                       "T": {"@context": {"Y:x": "http://ex.org/x"}},
                       "Y:gone": {"@id": "http://ex.org/gone"}},
                      "https://schema.org/"],
         "@id": "http://ex.org/d"}
        """);
    ContextRepair.Result r = ContextRepair.repair(doc);
    assertEquals(List.of("Y:gone"), r.dropped());
    JsonObject context = ((JsonObject) r.json()).getJsonArray("@context").getJsonObject(0);
    assertEquals(List.of("dct", "dct:title", "ex:self", "ex:typed", "http://ex.org/p", "T"), List.copyOf(context.keySet()));
    assertEquals("https://schema.org/", ((JsonObject) r.json()).getJsonArray("@context").getString(1));
    assertEquals("http://ex.org/d", ((JsonObject) r.json()).getString("@id"));
  }

  @Test
  void documentWithoutContextIsUntouched() {
    JsonStructure doc = json("[{\"@id\": \"http://ex.org/d\"}]");
    assertSame(doc, ContextRepair.repair(doc).json());
  }
}
