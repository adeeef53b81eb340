package org.moisson.harvest.schemaorg;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.moisson.harvest.HarvestContext;
import org.moisson.harvest.HarvestException;
import org.moisson.harvest.HttpUrls;
import org.moisson.xml.Dom;
import org.moisson.xml.SafeXml;
import org.moisson.xml.XmlException;
import org.w3c.dom.Element;

/**
 * The pages a sitemap lists (sitemaps.org 0.9): a urlset, or a sitemap index whose sitemaps are read
 * in turn, gzipped or not; a plain-text sitemap (one URL a line) too. Only URLs on the sitemap's
 * host are kept. Sizes follow the protocol's own limits (50,000 URLs and 50 MB a sitemap), and a
 * sitemap that cannot be read fails the whole listing: a partial list would delete, at the end of
 * the run, every dataset of the sitemap that was missed.
 */
final class Sitemaps {
  static final int MAX_SITEMAPS = 200;
  static final int MAX_PAGES = 200_000;
  static final long MAX_UNZIPPED = 50L * 1024 * 1024;

  private Sitemaps() {}

  /** Page URL → its lastmod (or null), in sitemap order. */
  static Map<URI, String> pages(URI sitemap, Pattern pattern, HarvestContext ctx) throws HarvestException {
    Map<URI, String> pages = new LinkedHashMap<>();
    Deque<URI> queue = new ArrayDeque<>();
    Set<URI> seen = new HashSet<>();
    queue.add(sitemap);
    seen.add(sitemap);
    while (!queue.isEmpty()) {
      URI url = queue.removeFirst();
      if (seen.size() > MAX_SITEMAPS) throw new HarvestException("sitemap index lists more than " + MAX_SITEMAPS + " sitemaps");
      String text = text(ctx.http().get(url, "application/xml, text/xml, text/plain;q=0.8, */*;q=0.5").body(), url);
      if (!text.startsWith("<")) {
        for (String line : text.split("\\R")) add(pages, HttpUrls.resolve(url, line.strip()), null, sitemap, pattern);
        continue;
      }
      Element root;
      try {
        root = SafeXml.parse(text).getDocumentElement();
      } catch (XmlException e) {
        throw new HarvestException("sitemap " + url + " is not XML: " + e.getMessage(), e);
      }
      switch (Dom.localName(root)) {
        case "sitemapindex" -> {
          for (Element s : Dom.children(root, "sitemap")) {
            URI child = HttpUrls.resolve(url, Dom.text(s, "loc"));
            if (child != null && HttpUrls.sameHost(child, sitemap) && seen.add(child)) queue.addLast(child);
          }
        }
        case "urlset" -> {
          for (Element u : Dom.children(root, "url")) {
            add(pages, HttpUrls.resolve(url, Dom.text(u, "loc")), Dom.text(u, "lastmod"), sitemap, pattern);
          }
        }
        default -> throw new HarvestException("sitemap " + url + " is neither a urlset nor a sitemapindex (<"
            + Dom.localName(root) + ">)");
      }
      if (pages.size() > MAX_PAGES) throw new HarvestException("sitemaps list more than " + MAX_PAGES + " pages");
    }
    return pages;
  }

  /** Pages of other hosts are not this source's: a sitemap may list them, the harvester does not follow. */
  private static void add(Map<URI, String> pages, URI page, String lastmod, URI sitemap, Pattern pattern) {
    if (page == null || !HttpUrls.sameHost(page, sitemap)) return;
    if (pattern != null && !pattern.matcher(page.toString()).find()) return;
    pages.putIfAbsent(page, lastmod);
  }

  /** The sitemap's text, gunzipped when its bytes say gzip (whatever the file name or Content-Type). */
  private static String text(byte[] body, URI url) throws HarvestException {
    byte[] bytes = body;
    if (body.length > 2 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b) {
      try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        for (int n; (n = in.read(buf)) > 0; ) {
          if (out.size() + n > MAX_UNZIPPED) throw new HarvestException("sitemap " + url + " unzips to more than 50 MB");
          out.write(buf, 0, n);
        }
        bytes = out.toByteArray();
      } catch (IOException e) {
        throw new HarvestException("sitemap " + url + " is broken gzip: " + e.getMessage(), e);
      }
    }
    return new String(bytes, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "").strip();
  }
}
