package org.moisson.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.moisson.store.DatasetStore;
import org.moisson.support.AppTest;
import org.moisson.support.DemoSources;
import org.moisson.xml.Dom;
import org.moisson.xml.SafeXml;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Element;

/** The sitemap, split into parts of 25 URLs here (moisson.sitemap.page-size in the tests), and robots.txt. */
class SitemapTest extends AppTest {
  private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

  @Autowired
  private DatasetStore datasets;

  private Element xml(String path) {
    Answer a = get(path);
    assertThat(a.status()).as(path).isEqualTo(200);
    assertThat(a.contentType()).startsWith("application/xml");
    Element root = SafeXml.parse(a.body()).getDocumentElement();
    assertThat(root.getNamespaceURI()).isEqualTo(NS);
    return root;
  }

  @Test
  void anIndexOfPartsListsEveryDatasetPageOnceWithItsLastChange() {
    DemoSources.load(this);
    long live = datasets.liveCount();
    assertThat(live).isGreaterThan(25);
    Element index = xml("/sitemap.xml");
    assertThat(index.getLocalName()).isEqualTo("sitemapindex");
    List<String> parts = Dom.descendants(index, "loc").stream().map(Dom::text).toList();
    assertThat(parts).hasSize((int) ((live + 24) / 25)).first().isEqualTo(url("/sitemap-1.xml"));
    List<String> pages = new ArrayList<>();
    for (String part : parts) {
      Element urlset = xml(part.substring(url("").length()));
      assertThat(urlset.getLocalName()).isEqualTo("urlset");
      List<Element> urls = Dom.children(urlset, "url");
      assertThat(urls).hasSizeLessThanOrEqualTo(25).isNotEmpty();
      for (Element u : urls) {
        pages.add(Dom.text(u, "loc"));
        assertThat(Instant.parse(Dom.text(u, "lastmod"))).isBefore(Instant.now().plusSeconds(5));
      }
    }
    assertThat(pages).hasSize((int) live).doesNotHaveDuplicates().allMatch(p -> p.startsWith(url("/datasets/")));
    String one = pages.get(0);
    assertThat(get(one.substring(url("").length())).status()).isEqualTo(200);
    assertThat(get("/sitemap-" + (parts.size() + 1) + ".xml").status()).isEqualTo(404);
    assertThat(get("/sitemap-0.xml").status()).isEqualTo(404);
  }

  @Test
  void robotsPointsAtTheSitemap() {
    Answer robots = get("/robots.txt");
    assertThat(robots.status()).isEqualTo(200);
    assertThat(robots.contentType()).startsWith("text/plain");
    assertThat(robots.body()).contains("Sitemap: " + url("/sitemap.xml")).contains("Disallow: /admin");
  }
}
