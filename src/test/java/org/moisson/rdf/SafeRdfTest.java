package org.moisson.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Parsing without a cache never reaches the network: a local server counts any request it would make. */
class SafeRdfTest {
  private final AtomicInteger requests = new AtomicInteger();
  private HttpServer server;
  private String url;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      requests.incrementAndGet();
      byte[] body = "{\"@context\": {\"title\": \"http://purl.org/dc/terms/title\"}}".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    url = "http://127.0.0.1:" + server.getAddress().getPort() + "/context.jsonld";
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void unknownRemoteContextIsRefusedAndNotFetched() {
    String doc = "{\"@context\": \"" + url + "\", \"@id\": \"http://ex.org/d\", \"title\": \"T\"}";
    RdfException e = assertThrows(RdfException.class, () -> SafeRdf.parse(doc, Lang.JSONLD, "http://ex.org/"));
    assertEquals("not valid JSON-LD: " + ContextCache.refusal(url), e.getMessage());
    assertEquals(0, requests.get());
  }

  @Test
  void contextImportedFromABundledContextIsRefusedToo() {
    String doc = "{\"@context\": [\"https://schema.org/\", {\"@import\": \"" + url + "\"}], \"name\": \"x\"}";
    assertThrows(RdfException.class, () -> SafeRdf.parse(doc, Lang.JSONLD, "http://ex.org/"));
    assertEquals(0, requests.get());
  }

  @Test
  void everyBundledUrlLoads() {
    for (String context : BundledContexts.urls()) {
      String doc = "{\"@context\": \"" + context + "\", \"@id\": \"http://ex.org/d\","
          + " \"http://purl.org/dc/terms/title\": \"T\"}";
      Model m = SafeRdf.parse(doc, Lang.JSONLD, "http://ex.org/");
      assertEquals(1, m.size(), context);
    }
  }

  @Test
  void schemaOrgContextExpandsTermsAndLinks() {
    String doc = "{\"@context\": \"https://schema.org/\", \"@type\": \"Dataset\", \"@id\": \"http://ex.org/d\","
        + " \"name\": \"Soil\", \"url\": \"http://ex.org/page\"}";
    Model m = SafeRdf.parse(doc, Lang.JSONLD, "http://ex.org/");
    assertTrue(m.contains(m.createResource("http://ex.org/d"), m.createProperty("http://schema.org/url"),
        m.createResource("http://ex.org/page")));
    assertTrue(m.contains(m.createResource("http://ex.org/d"), m.createProperty("http://schema.org/name"), "Soil"));
  }

  /** RDF/XML may declare entities: internal ones expand, an external one is never fetched. */
  @Test
  void rdfXmlExternalEntityIsNotFetched() {
    String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF [ <!ENTITY ext SYSTEM \"" + url + "\">"
        + " <!ENTITY dcat \"http://www.w3.org/ns/dcat#\"> ]>\n"
        + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:dct=\"http://purl.org/dc/terms/\">"
        + "<rdf:Description rdf:about=\"http://ex.org/d\"><rdf:type rdf:resource=\"&dcat;Dataset\"/>"
        + "<dct:title>&ext;</dct:title></rdf:Description></rdf:RDF>";
    Model m = SafeRdf.parse(xml, Lang.RDFXML, "http://ex.org/");
    assertTrue(m.contains(m.createResource("http://ex.org/d"), m.createProperty("http://purl.org/dc/terms/title"), ""));
    assertEquals(0, requests.get());
  }

  @Test
  void namedGraphsAreMergedIntoTheModel() {
    String doc = "{\"@id\": \"http://ex.org/g\", \"@graph\": [{\"@id\": \"http://ex.org/d\","
        + " \"http://purl.org/dc/terms/title\": \"T\"}]}";
    assertEquals(1, SafeRdf.parse(doc, Lang.JSONLD, null).size());
  }

  @Test
  void syntaxErrorsCarryLineAndColumn() {
    RdfException e = assertThrows(RdfException.class,
        () -> SafeRdf.parse("<http://ex.org/a> <http://ex.org/b> .\n", Lang.TURTLE, null));
    assertTrue(e.getMessage().startsWith("not valid Turtle: line 1, column "), e.getMessage());
  }

  @Test
  void aTextIsReadAsItsBytesAre() {
    String nt = "<http://ex.org/d> <http://purl.org/dc/terms/title> \"Écologie des forêts 🌲\"@fr .\n"
        + "<http://ex.org/d> <http://www.w3.org/ns/dcat#contactPoint> _:c .\n"
        + "_:c <http://www.w3.org/2006/vcard/ns#fn> \"Équipe\" .\n";
    Model fromText = SafeRdf.parse(nt, Lang.NTRIPLES, null);
    assertEquals(3, fromText.size());
    assertTrue(fromText.isIsomorphicWith(SafeRdf.parse(nt.getBytes(java.nio.charset.StandardCharsets.UTF_8), Lang.NTRIPLES, null)));
    RdfException e = assertThrows(RdfException.class, () -> SafeRdf.parse(nt + "<http://ex.org/d> <oops .\n", Lang.NTRIPLES, null));
    assertTrue(e.getMessage().startsWith("not valid N-Triples: line 4, column "), e.getMessage());
  }
}
