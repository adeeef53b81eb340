package org.moisson.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import org.moisson.mapping.MappingException;
import org.moisson.mapping.Mappers;
import org.moisson.record.BoundingBox;
import org.moisson.record.Dataset;

/**
 * An OAI-PMH provider and a CSW server on 127.0.0.1 serving the synthetic corpus (DataCite for
 * OAI-PMH, ISO 19139 for CSW), so harvest rates are measured through the real harvesters, HTTP
 * and XML included, against a peer that is never the bottleneck (pages are built on the fly).
 */
final class LocalProvider implements AutoCloseable {
  static final int PAGE = 500;

  private final SyntheticCorpus corpus;
  private final long size;
  private final HttpServer server;

  LocalProvider(SyntheticCorpus corpus, long size) {
    this.corpus = corpus;
    this.size = size;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/oai", ex -> answer(ex, oai(query(ex))));
    server.createContext("/csw", ex -> answer(ex, csw(query(ex))));
    server.setExecutor(Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r, "bench-provider");
      t.setDaemon(true); // the benchmark command must end when its report is printed
      return t;
    }));
    server.start();
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  private String oai(Map<String, String> q) {
    if ("Identify".equals(q.get("verb"))) {
      return envelope("<Identify><granularity>YYYY-MM-DDThh:mm:ssZ</granularity></Identify>");
    }
    long start = q.containsKey("resumptionToken") ? Long.parseLong(q.get("resumptionToken")) : 0;
    long end = Math.min(size, start + PAGE);
    StringBuilder sb = new StringBuilder(PAGE * 4000).append("<ListRecords>");
    for (long i = start; i < end; i++) {
      sb.append("<record><header><identifier>oai:bench:").append(i).append("</identifier><datestamp>2026-01-01T00:00:00Z")
          .append("</datestamp></header><metadata>").append(corpus.payload(i).replaceFirst("^<\\?xml[^>]*\\?>", ""))
          .append("</metadata></record>");
    }
    if (end < size) sb.append("<resumptionToken completeListSize=\"").append(size).append("\">").append(end).append("</resumptionToken>");
    return envelope(sb.append("</ListRecords>").toString());
  }

  private static String envelope(String body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\">"
        + "<responseDate>2026-01-01T00:00:00Z</responseDate><request>bench</request>" + body + "</OAI-PMH>";
  }

  private String csw(Map<String, String> q) {
    long start = Long.parseLong(q.getOrDefault("startPosition", "1"));
    long end = Math.min(size, start - 1 + PAGE);
    StringBuilder sb = new StringBuilder(PAGE * 4000).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        .append("<csw:GetRecordsResponse xmlns:csw=\"http://www.opengis.net/cat/csw/2.0.2\" version=\"2.0.2\">")
        .append("<csw:SearchStatus timestamp=\"2026-01-01T00:00:00Z\"/><csw:SearchResults numberOfRecordsMatched=\"")
        .append(size).append("\" numberOfRecordsReturned=\"").append(end - start + 1).append("\" nextRecord=\"")
        .append(end < size ? end + 1 : 0).append("\" elementSet=\"full\">");
    for (long i = start - 1; i < end; i++) sb.append(iso(i));
    return sb.append("</csw:SearchResults></csw:GetRecordsResponse>").toString();
  }

  /** The corpus record i as ISO 19139: identifier, title, abstract, keywords, box, date. */
  private String iso(long i) {
    Dataset d;
    try {
      d = Mappers.defaults().forFormat(SyntheticCorpus.FORMAT).map(corpus.payload(i));
    } catch (MappingException e) {
      throw new IllegalStateException(e);
    }
    StringBuilder kw = new StringBuilder();
    d.keywords().forEach(k -> kw.append("<gmd:keyword><gco:CharacterString>").append(esc(k.label()))
        .append("</gco:CharacterString></gmd:keyword>"));
    StringBuilder boxes = new StringBuilder();
    for (BoundingBox b : d.spatial().boxes()) {
      boxes.append("<gmd:geographicElement><gmd:EX_GeographicBoundingBox><gmd:westBoundLongitude><gco:Decimal>").append(b.west())
          .append("</gco:Decimal></gmd:westBoundLongitude><gmd:eastBoundLongitude><gco:Decimal>").append(b.east())
          .append("</gco:Decimal></gmd:eastBoundLongitude><gmd:southBoundLatitude><gco:Decimal>").append(b.south())
          .append("</gco:Decimal></gmd:southBoundLatitude><gmd:northBoundLatitude><gco:Decimal>").append(b.north())
          .append("</gco:Decimal></gmd:northBoundLatitude></gmd:EX_GeographicBoundingBox></gmd:geographicElement>");
    }
    return "<gmd:MD_Metadata xmlns:gmd=\"http://www.isotc211.org/2005/gmd\" xmlns:gco=\"http://www.isotc211.org/2005/gco\">"
        + "<gmd:fileIdentifier><gco:CharacterString>bench-" + i + "</gco:CharacterString></gmd:fileIdentifier>"
        + "<gmd:dateStamp><gco:DateTime>2026-01-01T00:00:00</gco:DateTime></gmd:dateStamp>"
        + "<gmd:identificationInfo><gmd:MD_DataIdentification><gmd:citation><gmd:CI_Citation><gmd:title><gco:CharacterString>"
        + esc(d.title(null)) + "</gco:CharacterString></gmd:title><gmd:date><gmd:CI_Date><gmd:date><gco:Date>"
        + (d.year() == null ? 2020 : d.year()) + "-01-01</gco:Date></gmd:date><gmd:dateType><gmd:CI_DateTypeCode "
        + "codeList=\"http://standards.iso.org/iso/19139/resources/gmxCodelists.xml#CI_DateTypeCode\" codeListValue=\"publication\"/>"
        + "</gmd:dateType></gmd:CI_Date></gmd:date></gmd:CI_Citation></gmd:citation><gmd:abstract><gco:CharacterString>"
        + esc(d.description(null) == null ? "" : d.description(null)) + "</gco:CharacterString></gmd:abstract>"
        + "<gmd:descriptiveKeywords><gmd:MD_Keywords>" + kw + "</gmd:MD_Keywords></gmd:descriptiveKeywords>"
        + "<gmd:extent><gmd:EX_Extent>" + boxes + "</gmd:EX_Extent></gmd:extent>"
        + "</gmd:MD_DataIdentification></gmd:identificationInfo></gmd:MD_Metadata>";
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static Map<String, String> query(HttpExchange ex) {
    Map<String, String> q = new HashMap<>();
    String raw = ex.getRequestURI().getRawQuery();
    if (raw == null) return q;
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) q.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return q;
  }

  private static void answer(HttpExchange ex, String body) throws IOException {
    try (ex) {
      byte[] b = body.getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().add("Content-Type", "text/xml; charset=UTF-8");
      ex.sendResponseHeaders(200, b.length);
      ex.getResponseBody().write(b);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
