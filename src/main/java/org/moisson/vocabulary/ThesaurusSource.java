package org.moisson.vocabulary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.apache.jena.riot.Lang;

/**
 * Where a thesaurus file comes from, as written in {@code moisson.vocabulary.thesauri}:
 * {@code classpath:vocabulary/themes.ttl}, a file path, or an http(s) URL. The syntax follows the
 * name's extension (.rdf .xml .owl: RDF/XML; .ttl: Turtle; .jsonld .json: JSON-LD; .nt: N-Triples;
 * .csv: the GCMD keyword CSV), else the start of the content.
 */
record ThesaurusSource(String location) {
  /** Thesauri are large (GCMD is 2.5 MB, GEMET 3 MB) but not this large. */
  static final int MAX_BYTES = 100 * 1024 * 1024;
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  public ThesaurusSource {
    if (location == null || location.isBlank()) throw new IllegalArgumentException("thesaurus location is blank");
    location = location.strip();
  }

  static ThesaurusSource classpath(String resource) {
    return new ThesaurusSource("classpath:" + resource);
  }

  static ThesaurusSource file(Path path) {
    return new ThesaurusSource(path.toString());
  }

  boolean remote() {
    String l = location.toLowerCase(Locale.ROOT);
    return l.startsWith("http://") || l.startsWith("https://");
  }

  /** The IRI relative references resolve against when the document sets no base of its own. */
  String base() {
    if (remote()) return location;
    if (location.startsWith("classpath:")) return "classpath:/" + location.substring("classpath:".length());
    return Path.of(location).toAbsolutePath().toUri().toString();
  }

  byte[] read() {
    try {
      if (location.startsWith("classpath:")) {
        String name = location.substring("classpath:".length()).replaceFirst("^/", "");
        try (InputStream in = ThesaurusSource.class.getClassLoader().getResourceAsStream(name)) {
          if (in == null) throw new IllegalArgumentException("no resource " + name + " on the classpath");
          return in.readNBytes(MAX_BYTES);
        }
      }
      if (remote()) return fetch();
      Path p = Path.of(location);
      if (Files.size(p) > MAX_BYTES) throw new IllegalArgumentException(location + " is larger than " + MAX_BYTES + " bytes");
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read thesaurus " + location, e);
    }
  }

  private byte[] fetch() throws IOException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT)
        .followRedirects(HttpClient.Redirect.NORMAL).build();
    HttpRequest request = HttpRequest.newBuilder(URI.create(location)).timeout(TIMEOUT)
        .header("Accept", "application/rdf+xml, text/turtle;q=0.9, application/ld+json;q=0.8").GET().build();
    try {
      HttpResponse<InputStream> r = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = r.body()) {
        if (r.statusCode() != 200) throw new IOException("HTTP " + r.statusCode() + " from " + location);
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) throw new IOException(location + " is larger than " + MAX_BYTES + " bytes");
        return bytes;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while fetching " + location, e);
    }
  }

  /** A .csv file is a GCMD Keyword Management System CSV, the only CSV thesaurus format read. */
  boolean gcmdCsv() {
    return location.toLowerCase(Locale.ROOT).replaceFirst("[?#].*$", "").endsWith(".csv");
  }

  Lang lang(byte[] bytes) {
    String path = location.toLowerCase(Locale.ROOT).replaceFirst("[?#].*$", "");
    if (path.endsWith(".rdf") || path.endsWith(".xml") || path.endsWith(".owl")) return Lang.RDFXML;
    if (path.endsWith(".ttl")) return Lang.TURTLE;
    if (path.endsWith(".jsonld") || path.endsWith(".json")) return Lang.JSONLD;
    if (path.endsWith(".nt")) return Lang.NTRIPLES;
    String head = new String(bytes, 0, Math.min(bytes.length, 200), java.nio.charset.StandardCharsets.UTF_8)
        .replace("\uFEFF", "").stripLeading();
    if (head.startsWith("<?xml") || head.startsWith("<rdf:") || head.startsWith("<!--")) return Lang.RDFXML;
    if (head.startsWith("{") || head.startsWith("[")) return Lang.JSONLD;
    return Lang.TURTLE;
  }
}
