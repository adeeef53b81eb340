package org.moisson.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.moisson.rdf.SafeRdf;

class DcatGraphsTest {
  private static final String PAGE = """
      @prefix dcat: <http://www.w3.org/ns/dcat#> .
      @prefix dct: <http://purl.org/dc/terms/> .
      @prefix foaf: <http://xmlns.com/foaf/0.1/> .
      @prefix ex: <https://ex.org/> .
      ex:catalog a dcat:Catalog; dct:title "Catalogue"; dcat:dataset ex:a, ex:b; dct:publisher ex:org .
      ex:a a dcat:Dataset; dct:title "A"; dct:publisher ex:org; dct:isPartOf ex:b;
        dcat:distribution [ a dcat:Distribution; dcat:accessURL ex:file;
          dct:license [ dct:title "L1" ] ], [ a dcat:Distribution; dct:title "second" ];
        dct:relation ex:cycle1; dct:source ex:d1 .
      ex:org a foaf:Organization; foaf:name "Org"; foaf:member ex:catalog .
      ex:b a dcat:DatasetSeries; dct:title "B" .
      ex:cycle1 dct:relation ex:cycle2 . ex:cycle2 dct:relation ex:cycle1 .
      ex:d1 dct:source ex:d2 . ex:d2 dct:source ex:d3 . ex:d3 dct:source ex:d4 .
      ex:d4 dct:source ex:d5 . ex:d5 dct:title "too far" .
      ex:other dct:title "not linked from A" .
      """;

  private static Model page() {
    return SafeRdf.parse(PAGE, Lang.TURTLE, null);
  }

  @Test
  void oneDescriptionPerDatasetAndSeriesInOrder() {
    List<DcatGraphs.Description> ds = DcatGraphs.datasets(page());
    assertEquals(List.of("https://ex.org/a", "https://ex.org/b"), ds.stream().map(d -> d.dataset().getURI()).toList());
  }

  @Test
  void descriptionFollowsLinksButNotIntoOtherRecordsNorTooFar() {
    String a = DcatGraphs.datasets(page()).get(0).nTriples();
    assertTrue(a.contains("<https://ex.org/org> <http://xmlns.com/foaf/0.1/name> \"Org\" ."), a);
    assertTrue(a.contains("<http://purl.org/dc/terms/title> \"L1\" ."), "blank licence of a blank distribution");
    assertTrue(a.contains("<https://ex.org/a> <http://purl.org/dc/terms/isPartOf> <https://ex.org/b> ."), "link kept");
    assertFalse(a.contains("\"B\""), "the series is a record of its own");
    assertFalse(a.contains("\"Catalogue\""), "the catalogue, reached through the publisher, is left out");
    assertTrue(a.contains("<https://ex.org/cycle2> <http://purl.org/dc/terms/relation> <https://ex.org/cycle1> ."), "cycle, once");
    assertTrue(a.contains("<https://ex.org/d4> <http://purl.org/dc/terms/source> <https://ex.org/d5> ."), "depth 4 kept");
    assertFalse(a.contains("too far"), "depth 5 cut");
    assertFalse(a.contains("not linked"));
    assertEquals(a.lines().sorted().toList(), a.lines().toList(), "lines sorted");
  }

  /** The whole point of the canonical form: the same graph in any syntax gives the same bytes. */
  @Test
  void payloadIsTheSameWhateverTheSyntaxAndTheParse() {
    Model m = page();
    String expected = DcatGraphs.datasets(m).get(0).nTriples();
    for (Lang lang : List.of(Lang.RDFXML, Lang.JSONLD, Lang.NTRIPLES, Lang.TURTLE)) {
      StringWriter out = new StringWriter();
      RDFDataMgr.write(out, m, lang);
      Model again = SafeRdf.parse(out.toString(), lang, null);
      assertEquals(expected, DcatGraphs.datasets(again).get(0).nTriples(), lang.getLabel());
    }
    assertTrue(expected.contains("_:b0 ") && expected.contains("_:b2 "), expected);
  }

  @Test
  void blankNodeDatasetsComeAfterIris() {
    Model m = SafeRdf.parse("""
        @prefix dcat: <http://www.w3.org/ns/dcat#> .
        @prefix dct: <http://purl.org/dc/terms/> .
        [] a dcat:Dataset; dct:title "Z blank" .
        <https://ex.org/z> a dcat:Dataset; dct:title "Z" .
        [] a dcat:Dataset; dct:title "A blank" .
        """, Lang.TURTLE, null);
    List<DcatGraphs.Description> ds = DcatGraphs.datasets(m);
    assertEquals("https://ex.org/z", ds.get(0).dataset().getURI());
    assertTrue(ds.get(1).nTriples().contains("\"A blank\""));
    assertTrue(ds.get(2).nTriples().startsWith("_:b0 "), ds.get(2).nTriples());
  }
}
