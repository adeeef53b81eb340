package org.moisson.mapping;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.moisson.record.Agent;
import org.moisson.record.BoundingBox;
import org.moisson.record.Dataset;
import org.moisson.record.DatasetBuilder;
import org.moisson.record.Distribution;
import org.moisson.record.Identifier;
import org.moisson.record.LangText;
import org.moisson.record.Licence;
import org.moisson.record.Period;
import org.moisson.record.RelatedResource;
import org.moisson.record.ResourceType;
import org.moisson.record.TypedDate;
import tools.jackson.databind.JsonNode;

/**
 * A STAC Collection (1.0 and 1.1) as a dataset. Relative links resolve against the collection's
 * self link; without an absolute one they are dropped, never guessed. Summaries describe the items
 * (bands, platforms, value ranges), not the dataset: they are left out.
 *
 * <ul>
 *   <li>providers: producer → creator; licensor → publisher (else the first host); host →
 *       contributor HostingInstitution; processor → contributor "processor" (the ISO 19115 role).
 *   <li>extent: every bbox (the first is the union), 2-D or 3-D, a west greater than east kept as
 *       crossing the antimeridian; every interval, open ends null.
 *   <li>licence: the SPDX id, or for proprietary/various/other the license link (its title as label).
 *   <li>links: cite-as and sci:doi → identifiers; about → landing page (else the DOI resolver, else
 *       describedby); items (an API's item list) → a distribution, and a static collection's item
 *       links → one distribution, the collection itself; assets → distributions (thumbnails and
 *       overviews are pictures of the data, not the data; metadata assets → related HasMetadata);
 *       sci:publications → related (IsCitedBy). sci:citation is text without an identifier: the
 *       model has no place for it.
 * </ul>
 */
final class StacCollectionMapper implements MetadataMapper {
  static final String FORMAT = "stac-collection";
  private static final Set<String> NOT_SPDX = Set.of("proprietary", "various", "other");
  private static final Set<String> PICTURES = Set.of("thumbnail", "overview");

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public Dataset map(String payload) {
    JsonNode c = JsonValues.parse(payload, "STAC");
    String type = JsonValues.text(c.path("type"));
    if (!c.isObject() || (type != null && !type.equalsIgnoreCase("Collection")) || (type == null && !c.has("extent"))) {
      throw new MappingException("not a STAC Collection (type " + (type == null ? "missing" : type) + ")");
    }
    DatasetBuilder b = Dataset.builder();
    String id = JsonValues.text(c.path("id"));
    String title = JsonValues.text(c.path("title"));
    // STAC requires only an id; STAC browsers show it when the title is missing, and so does Moisson.
    Payloads.addOnce(b.titles, LangText.of(null, title != null ? title : id));
    if (b.titles.isEmpty()) throw new MappingException("STAC Collection without title or id");
    Payloads.addOnce(b.descriptions, LangText.of(null, JsonValues.text(c.path("description"))));
    b.resourceType = new ResourceType("Dataset", "STAC Collection");
    List<JsonNode> links = JsonValues.items(c.path("links"));
    URI self = base(links);
    if (id != null) b.identifier(new Identifier(Identifier.Scheme.LOCAL, id));
    if (self != null) b.identifier(new Identifier(Identifier.Scheme.URL, self.toString()));
    b.identifier(Identifier.parse(JsonValues.text(c.path("sci:doi")), "DOI"));
    for (String k : JsonValues.texts(c.path("keywords"))) b.keyword(org.moisson.record.Keyword.of(k));
    providers(c, b);
    extent(c.path("extent"), b);
    licence(JsonValues.text(c.path("license")), links, self, b);
    links(links, self, b);
    assets(c.path("assets"), self, b);
    for (JsonNode p : JsonValues.items(c.path("sci:publications"))) {
      String doi = JsonValues.text(p.path("doi"));
      if (doi != null) Payloads.addOnce(b.related, new RelatedResource(doi, "DOI", "IsCitedBy", null));
    }
    b.modified = IsoDates.clean(JsonValues.text(c.path("updated")));
    String created = IsoDates.clean(JsonValues.text(c.path("created")));
    if (created != null) b.dates.add(new TypedDate("Created", created));
    b.version = JsonValues.text(c.path("version"));
    return b.build();
  }

  private static void providers(JsonNode c, DatasetBuilder b) {
    Agent firstHost = null;
    for (JsonNode p : JsonValues.items(c.path("providers"))) {
      String name = JsonValues.text(p.path("name"));
      if (name == null) continue;
      Set<String> roles = new java.util.HashSet<>();
      JsonValues.texts(p.path("roles")).forEach(r -> roles.add(r.toLowerCase(Locale.ROOT)));
      List<Identifier> ids = new ArrayList<>();
      Identifier url = Identifier.parse(JsonValues.text(p.path("url")));
      if (url != null && url.url() != null) ids.add(url);
      Agent plain = new Agent(name, Agent.Kind.ORGANIZATION, null, null, ids, List.of(), null);
      if (roles.contains("producer")) Payloads.addOnce(b.creators, plain);
      if (roles.contains("licensor") && b.publisher == null) b.publisher = plain;
      if (roles.contains("host") && firstHost == null) firstHost = plain;
      if (roles.contains("producer") || roles.contains("licensor")) continue;
      if (roles.contains("host")) Payloads.addOnce(b.contributors, withRole(plain, "HostingInstitution"));
      if (roles.contains("processor")) Payloads.addOnce(b.contributors, withRole(plain, "processor"));
      if (roles.isEmpty()) Payloads.addOnce(b.contributors, plain);
    }
    if (b.publisher == null) b.publisher = firstHost;
  }

  private static Agent withRole(Agent a, String role) {
    return new Agent(a.name(), a.kind(), null, null, a.identifiers(), a.affiliations(), role);
  }

  private static void extent(JsonNode extent, DatasetBuilder b) {
    JsonNode bbox = extent.path("spatial").path("bbox");
    List<JsonNode> boxes = bbox.isArray() && bbox.size() > 0 && bbox.get(0).isNumber() ? List.of(bbox) : JsonValues.items(bbox);
    for (JsonNode box : boxes) Payloads.addOnce(b.boxes, box(box));
    for (JsonNode interval : JsonValues.items(extent.path("temporal").path("interval"))) {
      if (!interval.isArray() || interval.size() != 2) continue;
      String start = IsoDates.clean(JsonValues.text(interval.get(0)));
      String end = IsoDates.clean(JsonValues.text(interval.get(1)));
      if (start != null || end != null) Payloads.addOnce(b.temporal, new Period(start, end));
    }
  }

  /** [west, south, east, north] or, in 3-D, [west, south, min elevation, east, north, max elevation]. */
  private static BoundingBox box(JsonNode box) {
    if (!box.isArray() || (box.size() != 4 && box.size() != 6)) return null;
    int e = box.size() / 2;
    return BoundingBox.lenient(JsonValues.number(box.get(0)), JsonValues.number(box.get(1)),
        JsonValues.number(box.get(e)), JsonValues.number(box.get(e + 1)));
  }

  private static void licence(String license, List<JsonNode> links, URI self, DatasetBuilder b) {
    List<Licences.Rights> rights = new ArrayList<>();
    boolean spdx = license != null && !NOT_SPDX.contains(license.toLowerCase(Locale.ROOT));
    List<JsonNode> licenceLinks = links.stream().filter(l -> "license".equals(rel(l))).toList();
    if (licenceLinks.isEmpty()) {
      rights.add(new Licences.Rights(spdx ? license : null, "SPDX", null, null));
    }
    for (JsonNode l : licenceLinks) {
      URI href = resolve(self, JsonValues.text(l.path("href")));
      rights.add(new Licences.Rights(spdx && rights.isEmpty() ? license : null, "SPDX",
          href == null ? null : href.toString(), JsonValues.text(l.path("title"))));
    }
    b.licence = Licences.pick(rights);
    if (b.licence == null && license != null) b.licence = new Licence(null, null, license);
  }

  private static void links(List<JsonNode> links, URI self, DatasetBuilder b) {
    String about = null;
    String describedBy = null;
    boolean itemLinks = false;
    for (JsonNode l : links) {
      URI href = resolve(self, JsonValues.text(l.path("href")));
      if (href == null) continue;
      switch (rel(l)) {
        case "cite-as" -> b.identifier(Identifier.parse(href.toString()));
        case "about" -> about = about == null ? href.toString() : about;
        case "describedby" -> describedBy = describedBy == null ? href.toString() : describedBy;
        case "item" -> itemLinks = true;
        case "items" -> {
          String type = JsonValues.text(l.path("type"));
          String title = JsonValues.text(l.path("title"));
          Payloads.addOnce(b.distributions, new Distribution(title == null ? "STAC Items" : title, "STAC Items",
              type == null ? "application/geo+json" : type.toLowerCase(Locale.ROOT), href.toString(), null, null, null));
        }
        default -> { }
      }
    }
    // A static collection lists its items one by one: the way to them is the collection itself.
    if (itemLinks && self != null && b.distributions.stream().noneMatch(d -> "STAC Items".equals(d.format()))) {
      b.distributions.add(new Distribution("STAC Collection", "STAC Items", "application/json", self.toString(), null, null, null));
    }
    String doi = b.identifiers.stream().filter(i -> i.scheme() == Identifier.Scheme.DOI).map(Identifier::url)
        .findFirst().orElse(null);
    b.landingPage = about != null ? about : doi != null ? doi : describedBy;
  }

  private static void assets(JsonNode assets, URI self, DatasetBuilder b) {
    for (Map.Entry<String, JsonNode> e : assets.properties()) {
      JsonNode a = e.getValue();
      if (JsonValues.texts(a.path("roles")).stream().anyMatch(r -> PICTURES.contains(r.toLowerCase(Locale.ROOT)))) continue;
      URI href = resolve(self, JsonValues.text(a.path("href")));
      if (href == null) continue;
      String title = JsonValues.text(a.path("title"));
      if (JsonValues.texts(a.path("roles")).stream().anyMatch(r -> r.equalsIgnoreCase("metadata"))) {
        Payloads.addOnce(b.related, new RelatedResource(href.toString(), "URL", "HasMetadata", null));
        continue;
      }
      String type = JsonValues.text(a.path("type"));
      Double size = JsonValues.number(a.path("file:size"));
      Payloads.addOnce(b.distributions, new Distribution(title == null ? e.getKey() : title, null,
          type == null ? null : type.toLowerCase(Locale.ROOT), href.toString(), href.toString(),
          size == null ? null : size.longValue(), null));
    }
  }

  private static String rel(JsonNode link) {
    String r = JsonValues.text(link.path("rel"));
    return r == null ? "" : r.toLowerCase(Locale.ROOT);
  }

  /** The collection's own absolute URL (its self link), the base of its relative links. */
  private static URI base(List<JsonNode> links) {
    for (JsonNode l : links) {
      if ("self".equals(rel(l))) {
        URI u = resolve(null, JsonValues.text(l.path("href")));
        if (u != null) return u;
      }
    }
    return null;
  }

  private static URI resolve(URI base, String href) {
    if (href == null) return null;
    try {
      URI u = new URI(href.strip());
      if (!u.isAbsolute()) u = base == null ? null : base.resolve(u);
      return u != null && ("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme())) ? u : null;
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }
}
