package org.moisson.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.moisson.record.Agent;
import org.moisson.record.BoundingBox;
import org.moisson.record.Dataset;
import org.moisson.record.DatasetBuilder;
import org.moisson.record.Distribution;
import org.moisson.record.Identifier;
import org.moisson.record.Keyword;
import org.moisson.record.LangText;
import org.moisson.record.Languages;
import org.moisson.record.RelatedResource;
import org.moisson.record.ResourceType;
import org.moisson.record.TypedDate;
import org.moisson.xml.Dom;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The Dublin Core records of CSW 2.0.2 ({@code csw:Record}, {@code csw:SummaryRecord},
 * {@code csw:BriefRecord}). Not oai_dc: the roots differ, and so do the elements that matter here:
 * dct:abstract, dct:modified, dct:references and dc:URI links, dc:subject with a scheme, and
 * ows:BoundingBox, whose corners follow the axis order of their CRS: EPSG:4326 is latitude first,
 * CRS84 (and ows:WGS84BoundingBox) longitude first. A box in a projected CRS cannot be placed without
 * reprojecting and is left out. Shares with {@link OaiDcMapper} the DCMI type vocabulary and the
 * dc:coverage reading ({@link DcCoverage}).
 */
final class CswRecordMapper implements MetadataMapper {
  static final String FORMAT = "csw-record";
  private static final Set<String> ROOTS = Set.of("Record", "SummaryRecord", "BriefRecord");
  private static final Pattern CSW_NS = Pattern.compile("http://www\\.opengis\\.net/cat/csw/.*");
  private static final Pattern EPSG_4326 = Pattern.compile(
      "(?i)urn:(?:x-)?ogc:def:crs:EPSG:[\\d.]*:4326|https?://www\\.opengis\\.net/def/crs/EPSG/[\\d.]+/4326"
          + "|EPSG:4326");
  private static final Pattern CRS84 = Pattern.compile("(?i).*CRS:?84.*|.*WGS ?84.*");
  private static final Pattern SAFE_URL = Pattern.compile("(?i)(?:https?|ftps?|s3)://\\S+");

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public Dataset map(String payload) {
    Element r = record(Payloads.parse(payload));
    DatasetBuilder b = Dataset.builder();
    for (Element t : Dom.children(r, "title")) Payloads.addOnce(b.titles, LangText.of(Dom.lang(t), Dom.text(t)));
    if (b.titles.isEmpty()) throw new MappingException("no title (dc:title)");
    for (Element t : Dom.children(r, "alternative")) Payloads.addOnce(b.titles, LangText.of(Dom.lang(t), Dom.text(t)));
    for (String id : texts(r, "identifier")) b.identifier(Identifier.parse(id));
    for (String name : List.of("abstract", "description")) {
      for (Element d : Dom.children(r, name)) Payloads.addOnce(b.descriptions, LangText.of(Dom.lang(d), Dom.text(d)));
    }
    for (String c : texts(r, "creator")) Payloads.addOnce(b.creators, Agent.named(c));
    for (String c : texts(r, "contributor")) Payloads.addOnce(b.contributors, Agent.named(c));
    b.publisher = texts(r, "publisher").stream().map(Agent::named).findFirst().orElse(null);
    for (Element s : Dom.children(r, "subject")) {
      String label = Dom.text(s);
      if (label != null) b.keyword(new Keyword(label, Dom.attr(s, "scheme"), null));
    }
    dates(r, b);
    b.resourceType = type(texts(r, "type"));
    for (String l : texts(r, "language")) Payloads.addOnce(b.languages, Languages.normalise(l));
    for (String rel : texts(r, "relation")) Payloads.addOnce(b.related, related(rel, "References"));
    for (String s : texts(r, "source")) Payloads.addOnce(b.related, related(s, "IsDerivedFrom"));
    for (String name : List.of("spatial", "coverage", "temporal")) for (String c : texts(r, name)) DcCoverage.add(c, b);
    for (Element box : Dom.children(r, "BoundingBox")) Payloads.addOnce(b.boxes, box(box, Dom.attr(box, "crs")));
    for (Element box : Dom.children(r, "WGS84BoundingBox")) Payloads.addOnce(b.boxes, box(box, "CRS84"));
    rights(r, b);
    b.landingPage = Payloads.landingPage(b.identifiers);
    links(r, b);
    if (b.distributions.isEmpty()) b.distributions.addAll(Distributions.ofFormats(texts(r, "format"), b.landingPage));
    return b.build();
  }

  private static Element record(Document doc) {
    Element root = doc.getDocumentElement();
    if (isRecord(root)) return root;
    List<Element> found = new ArrayList<>();
    for (String name : ROOTS) {
      Dom.descendants(root, name).stream().filter(CswRecordMapper::isRecord).forEach(found::add);
    }
    if (found.size() == 1) return found.get(0);
    if (found.size() > 1) {
      throw new MappingException("payload holds " + found.size() + " CSW records; map them one at a time");
    }
    throw new MappingException("no CSW record (csw:Record, csw:SummaryRecord, csw:BriefRecord) in payload"
        + " (root element <" + root.getNodeName() + ">)");
  }

  private static boolean isRecord(Element e) {
    String ns = e.getNamespaceURI();
    return ROOTS.contains(Dom.localName(e)) && (ns == null || CSW_NS.matcher(ns).matches());
  }

  private static List<String> texts(Element r, String name) {
    List<String> out = new ArrayList<>();
    for (Element e : Dom.children(r, name)) Payloads.addOnce(out, Dom.text(e));
    return out;
  }

  /** dct:modified is the last change, dct:issued (else the first dc:date, as in oai_dc) the publication. */
  private static void dates(Element r, DatasetBuilder b) {
    for (String m : texts(r, "modified")) if (b.modified == null) b.modified = IsoDates.clean(m);
    for (String i : texts(r, "issued")) if (b.issued == null) b.issued = IsoDates.clean(i);
    for (String c : texts(r, "created")) {
      String d = IsoDates.clean(c);
      if (d != null) Payloads.addOnce(b.dates, new TypedDate("Created", d));
    }
    for (String text : texts(r, "date")) {
      String d = IsoDates.clean(text);
      if (d == null) continue;
      if (b.issued == null) b.issued = d;
      else if (!d.equals(b.issued)) Payloads.addOnce(b.dates, new TypedDate("Other", d));
    }
  }

  /** DCMI types and DataCite names first; then ISO scope codes ("series"), which CSW servers copy from ISO records. */
  private static ResourceType type(List<String> types) {
    ResourceType dc = OaiDcMapper.type(types);
    if (dc != null && dc.general() != null) return dc;
    for (String t : types) {
      ResourceType iso = IsoMetadata.type(t);
      if (!"Other".equals(iso.general())) return iso;
    }
    return dc;
  }

  private static RelatedResource related(String value, String relation) {
    Identifier id = Identifier.parse(value);
    return id == null ? null : new RelatedResource(value, id.dataCiteType(), relation, null);
  }

  private static void rights(Element r, DatasetBuilder b) {
    List<Licences.Rights> rights = new ArrayList<>();
    for (String name : List.of("license", "rights", "accessRights")) {
      for (String v : texts(r, name)) {
        boolean uri = v.matches("(?i)(?:https?://|info:|urn:)\\S+");
        rights.add(new Licences.Rights(null, null, uri ? v : null, uri ? null : v));
      }
    }
    b.licence = Licences.pick(rights);
    b.accessRights = Licences.accessRights(rights);
  }

  /** dct:references (its scheme names the protocol) and dc:URI (pycsw's links: protocol, name, description). */
  private static void links(Element r, DatasetBuilder b) {
    for (Element ref : Dom.children(r, "references")) {
      String url = Dom.text(ref);
      if (url != null && SAFE_URL.matcher(url).matches()) {
        Payloads.addOnce(b.distributions, new Distribution(null, Dom.attr(ref, "scheme"), null, url, null, null, null));
      }
    }
    for (Element u : Dom.children(r, "URI")) {
      String url = Dom.text(u);
      if (url == null || !SAFE_URL.matcher(url).matches()) continue;
      String title = Dom.attr(u, "name") != null ? Dom.attr(u, "name") : Dom.attr(u, "description");
      String protocol = Dom.attr(u, "protocol");
      boolean download = protocol != null && protocol.toLowerCase(Locale.ROOT).contains("download");
      Payloads.addOnce(b.distributions,
          new Distribution(title, protocol, null, url, download ? url : null, null, null));
    }
  }

  /**
   * An OWS box in WGS 84 degrees, or null. Corners are "x y" in the CRS's axis order: EPSG:4326
   * (as URN, URL or code) is latitude, longitude; CRS84, WGS84BoundingBox, and a box that names no
   * CRS are longitude, latitude. Any other CRS is projected or unknown: the box is dropped.
   */
  static BoundingBox box(Element box, String crs) {
    double[] lower = corner(Dom.child(box, "LowerCorner"));
    double[] upper = corner(Dom.child(box, "UpperCorner"));
    if (lower == null || upper == null) return null;
    boolean latLon;
    if (crs == null || crs.isBlank() || CRS84.matcher(crs).matches()) latLon = false;
    else if (EPSG_4326.matcher(crs.strip()).matches()) latLon = true;
    else return null;
    return latLon ? DataCiteGeo.box(lower[1], lower[0], upper[1], upper[0])
        : DataCiteGeo.box(lower[0], lower[1], upper[0], upper[1]);
  }

  private static double[] corner(Element c) {
    String text = Dom.text(c);
    if (text == null) return null;
    String[] parts = text.strip().split("\\s+");
    if (parts.length != 2) return null;
    Double x = DataCiteGeo.number(parts[0]);
    Double y = DataCiteGeo.number(parts[1]);
    return x == null || y == null ? null : new double[] {x, y};
  }
}
