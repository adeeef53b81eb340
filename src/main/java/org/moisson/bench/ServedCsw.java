package org.moisson.bench;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.moisson.record.BoundingBox;
import org.moisson.record.Dataset;

/** A CSW 2.0.2 server: GetRecords by GET, full ISO 19139 records, nextRecord paging. */
final class ServedCsw implements ServedProtocol {
  @Override
  public String protocol() {
    return "csw";
  }

  @Override
  public String path() {
    return "/csw";
  }

  @Override
  public Map<String, String> settings() {
    return Map.of("method", "get", "pageSize", String.valueOf(LocalProvider.PAGE));
  }

  @Override
  public String key(String path, Map<String, String> q) {
    return "GetRecords".equals(q.get("request")) ? q.getOrDefault("startPosition", "1") : null;
  }

  @Override
  public Map<String, Reply> render(ProviderCorpus corpus, String base) {
    long size = corpus.size();
    return corpus.pages(LocalProvider.PAGE, protocol(), (from, page) -> {
      long end = from + page.size();
      String body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<csw:GetRecordsResponse xmlns:csw=\"http://www.opengis.net/cat/csw/2.0.2\" version=\"2.0.2\">"
          + "<csw:SearchStatus timestamp=\"2026-01-01T00:00:00Z\"/><csw:SearchResults numberOfRecordsMatched=\"" + size
          + "\" numberOfRecordsReturned=\"" + page.size() + "\" nextRecord=\"" + (end < size ? end + 1 : 0)
          + "\" elementSet=\"full\">" + iso(from, page) + "</csw:SearchResults></csw:GetRecordsResponse>";
      return Map.of(Long.toString(from + 1), ProviderCorpus.reply("application/xml; charset=UTF-8", body));
    });
  }

  private static String iso(long from, List<Dataset> page) {
    return java.util.stream.IntStream.range(0, page.size()).parallel().mapToObj(k -> iso(from + k, page.get(k)))
        .collect(Collectors.joining());
  }

  /** The record as ISO 19139: identifier, title, abstract, keywords, boxes, date. */
  private static String iso(long i, Dataset d) {
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

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
