package org.moisson.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import org.moisson.api.schemaorg.SchemaOrgDataset;

/**
 * Dataset landing pages, each with the schema.org JSON-LD Moisson's own pages carry, listed in a
 * sitemap index of sitemaps of {@link #PER_SITEMAP} pages.
 */
final class ServedSchemaOrg implements ServedProtocol {
  static final int PER_SITEMAP = 10_000;
  private static final String HTML = "text/html; charset=UTF-8";
  private static final String XML = "application/xml; charset=UTF-8";

  @Override
  public String protocol() {
    return "schemaorg";
  }

  @Override
  public String path() {
    return "/schemaorg";
  }

  @Override
  public String sourceUrl(String base) {
    return base + "/sitemap.xml";
  }

  @Override
  public Map<String, String> settings() {
    return Map.of();
  }

  @Override
  public String key(String path, Map<String, String> q) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  @Override
  public Map<String, Reply> render(ProviderCorpus corpus, String base) {
    Map<String, Reply> out = new LinkedHashMap<>(corpus.pages(LocalProvider.PAGE, protocol(), (from, page) -> {
      Map<String, Reply> pages = new LinkedHashMap<>();
      for (int k = 0; k < page.size(); k++) {
        String name = "bench-" + (from + k);
        String url = base + "/dataset/" + name;
        String jsonLd = SchemaOrgDataset.jsonLd(page.get(k), url, "Bench", base);
        pages.put(name, ProviderCorpus.reply(HTML, "<!DOCTYPE html><html><head><title>" + ServedCsw.esc(page.get(k).title(null))
            + "</title><script type=\"application/ld+json\">" + jsonLd + "</script></head><body><h1>"
            + ServedCsw.esc(page.get(k).title(null)) + "</h1></body></html>"));
      }
      return pages;
    }));
    StringBuilder index = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
    for (long from = 0, n = 0; from < corpus.size(); from += PER_SITEMAP, n++) {
      index.append("<sitemap><loc>").append(base).append("/sitemap-").append(n).append(".xml</loc></sitemap>");
      StringBuilder urls = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
      for (long i = from; i < Math.min(corpus.size(), from + PER_SITEMAP); i++) {
        urls.append("<url><loc>").append(base).append("/dataset/bench-").append(i)
            .append("</loc><lastmod>2026-01-01</lastmod></url>");
      }
      out.put("sitemap-" + n + ".xml", ProviderCorpus.reply(XML, urls.append("</urlset>").toString()));
    }
    out.put("sitemap.xml", ProviderCorpus.reply(XML, index.append("</sitemapindex>").toString()));
    return out;
  }
}
