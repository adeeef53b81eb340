package org.moisson.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.moisson.record.DatasetBuilder;
import org.moisson.record.Distribution;
import org.moisson.record.Identifier;
import org.moisson.xml.Dom;
import org.w3c.dom.Element;

/**
 * Online resources of the distribution (transfer options, the distributors' too) as distributions,
 * and the landing page. Only http(s), ftp(s) and s3 links are kept: a linkage is shown as a link,
 * and a "javascript:" one from a hostile catalogue must never reach a page.
 */
final class IsoLinks {
  private static final Pattern SAFE_URL = Pattern.compile("(?i)(?:https?|ftps?|s3)://\\S+");
  private static final Pattern WEB_URL = Pattern.compile("(?i)https?://\\S+");
  private static final Pattern MEDIA_TYPE = Pattern.compile("(?i)[a-z]+/[a-z0-9][-a-z0-9.+_]*");

  private IsoLinks() {}

  /** A CI_OnlineResource, read. */
  record Link(String url, String protocol, String name, String description, String function, String profile) {}

  static void map(Element root, DatasetBuilder b) {
    List<Link> links = new ArrayList<>();
    List<String> formats = new ArrayList<>();
    for (Element d : IsoPaths.all(root, "distributionInfo", "MD_Distribution")) {
      for (Element o : IsoPaths.all(d, "transferOptions", "MD_DigitalTransferOptions", "onLine", "CI_OnlineResource")) {
        Payloads.addOnce(links, link(o));
      }
      for (Element dist : IsoPaths.all(d, "distributor", "MD_Distributor")) {
        for (Element o : IsoPaths.all(dist, "distributorTransferOptions", "MD_DigitalTransferOptions", "onLine",
            "CI_OnlineResource")) {
          Payloads.addOnce(links, link(o));
        }
        for (Element f : IsoPaths.all(dist, "distributorFormat", "MD_Format")) Payloads.addOnce(formats, format(f));
      }
      for (Element f : IsoPaths.all(d, "distributionFormat", "MD_Format")) Payloads.addOnce(formats, format(f));
    }
    for (Link l : links) Payloads.addOnce(b.distributions, distribution(l));
    b.landingPage = landingPage(root, b.identifiers, links);
    // Formats without a link say only how the data comes: shown through the landing page, as DataCite formats are.
    if (b.distributions.isEmpty()) b.distributions.addAll(Distributions.ofFormats(formats, b.landingPage));
  }

  static Link link(Element o) {
    String url = IsoText.text(Dom.child(o, "linkage"));
    if (url == null || !SAFE_URL.matcher(url).matches()) return null;
    return new Link(url, IsoText.text(o, "protocol"), IsoText.text(o, "name"), IsoText.text(o, "description"),
        IsoText.code(Dom.child(o, "function")), IsoText.text(o, "applicationProfile"));
  }

  /** ISO 19139 names a format; ISO 19115-3 cites its specification. */
  private static String format(Element f) {
    String name = IsoText.text(f, "name");
    return name != null ? name : IsoText.text(IsoPaths.first(f, "formatSpecificationCitation", "CI_Citation", "title"));
  }

  /**
   * The protocol says how to reach the data (OGC:WMS, WWW:DOWNLOAD…) and stands as its format; one
   * written as a media type (Sentinel records give "image/jp2") is the media type instead.
   */
  private static Distribution distribution(Link l) {
    boolean protocolIsMedia = l.protocol() != null && MEDIA_TYPE.matcher(l.protocol()).matches();
    boolean profileIsMedia = l.profile() != null && MEDIA_TYPE.matcher(l.profile()).matches();
    String media = protocolIsMedia ? l.protocol().toLowerCase(Locale.ROOT)
        : profileIsMedia ? l.profile().toLowerCase(Locale.ROOT) : null;
    boolean download = "download".equalsIgnoreCase(l.function())
        || (l.protocol() != null && l.protocol().toLowerCase(Locale.ROOT).contains("download"));
    return new Distribution(l.name() != null ? l.name() : l.description(), protocolIsMedia ? null : l.protocol(),
        media, l.url(), download ? l.url() : null, null, null);
  }

  /**
   * Where a person sees the dataset at its source: the DOI resolver; else the dataset URI (ISO
   * 19139 dataSetURI); else the record's page in the catalogue (ISO 19115-3 metadataLinkage); else
   * the first online resource the record marks as information on a web page (WWW:LINK).
   */
  private static String landingPage(Element root, List<Identifier> ids, List<Link> links) {
    for (Identifier id : ids) if (id.scheme() == Identifier.Scheme.DOI) return id.url();
    String uri = IsoText.text(Dom.child(root, "dataSetURI"));
    if (uri != null && WEB_URL.matcher(uri).matches()) return uri;
    for (Element linkage : IsoPaths.all(root, "metadataLinkage", "CI_OnlineResource", "linkage")) {
      String u = IsoText.text(linkage);
      if (u != null && WEB_URL.matcher(u).matches()) return u;
    }
    for (Link l : links) {
      boolean web = l.protocol() == null || l.protocol().toUpperCase(Locale.ROOT).startsWith("WWW:LINK");
      if ("information".equalsIgnoreCase(l.function()) && web && WEB_URL.matcher(l.url()).matches()) return l.url();
    }
    return null;
  }
}
