package org.moisson.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.temporal.ChronoUnit;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.moisson.store.CatalogueReads;
import org.moisson.store.DatasetStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The sitemap of every dataset page, with its last change, for search engines (Google Dataset
 * Search reads the pages' schema.org JSON-LD). Up to {@code moisson.sitemap.page-size} URLs
 * (50,000, the protocol's limit) it is one urlset; past that, a sitemap index of
 * {@code /sitemap-1.xml}, {@code /sitemap-2.xml}… Written as it is read, in batches.
 */
@Controller
class SitemapController {
  private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
  private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();
  private static final int BATCH = 1_000;

  private final CatalogueReads reads;
  private final DatasetStore datasets;
  private final int pageSize;

  SitemapController(CatalogueReads reads, DatasetStore datasets, @Value("${moisson.sitemap.page-size:50000}") int pageSize) {
    this.reads = reads;
    this.datasets = datasets;
    this.pageSize = Math.max(1, Math.min(50_000, pageSize));
  }

  @GetMapping("/sitemap.xml")
  void sitemap(HttpServletRequest request, HttpServletResponse response) throws IOException {
    long total = datasets.liveCount();
    String base = base(request);
    if (total <= pageSize) {
      urlset(base, 0, response);
      return;
    }
    long parts = (total + pageSize - 1) / pageSize;
    write(response, w -> {
      w.writeStartElement("", "sitemapindex", NS);
      w.writeDefaultNamespace(NS);
      for (long n = 1; n <= parts; n++) {
        w.writeStartElement(NS, "sitemap");
        element(w, "loc", base + "/sitemap-" + n + ".xml");
        w.writeEndElement();
      }
      w.writeEndElement();
    });
  }

  @GetMapping("/sitemap-{n:\\d+}.xml")
  void part(@PathVariable long n, HttpServletRequest request, HttpServletResponse response) throws IOException {
    long parts = Math.max(1, (datasets.liveCount() + pageSize - 1) / pageSize);
    if (n < 1 || n > parts) throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no sitemap part " + n);
    urlset(base(request), (n - 1) * pageSize, response);
  }

  @GetMapping(value = "/robots.txt", produces = "text/plain")
  @ResponseBody
  String robots(HttpServletRequest request) {
    return "User-agent: *\nDisallow: /admin\nAllow: /\n\nSitemap: " + base(request) + "/sitemap.xml\n";
  }

  private void urlset(String base, long offset, HttpServletResponse response) throws IOException {
    write(response, w -> {
      w.writeStartElement("", "urlset", NS);
      w.writeDefaultNamespace(NS);
      XMLStreamException[] failed = {null};
      reads.forEachLive(offset, pageSize, BATCH, e -> {
        if (failed[0] != null) return;
        try {
          w.writeStartElement(NS, "url");
          element(w, "loc", base + "/datasets/" + e.id());
          element(w, "lastmod", e.changed().truncatedTo(ChronoUnit.SECONDS).toString());
          w.writeEndElement();
        } catch (XMLStreamException x) {
          failed[0] = x;
        }
      });
      if (failed[0] != null) throw failed[0];
      w.writeEndElement();
    });
  }

  private interface Body {
    void write(XMLStreamWriter w) throws XMLStreamException;
  }

  private static void write(HttpServletResponse response, Body body) throws IOException {
    response.setContentType("application/xml;charset=UTF-8");
    try (OutputStream out = response.getOutputStream()) {
      XMLStreamWriter w = XML.createXMLStreamWriter(out, "UTF-8");
      w.writeStartDocument("UTF-8", "1.0");
      body.write(w);
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
    w.writeStartElement(NS, name);
    w.writeCharacters(text);
    w.writeEndElement();
  }

  private static String base(HttpServletRequest request) {
    return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
  }
}
