package org.moisson.mapping;

import static org.moisson.mapping.JsonFields.folded;
import static org.moisson.mapping.JsonFields.items;
import static org.moisson.mapping.JsonFields.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.moisson.record.Agent;
import org.moisson.record.Dataset;
import org.moisson.record.DatasetBuilder;
import org.moisson.record.Distribution;
import org.moisson.record.Identifier;
import org.moisson.record.Keyword;
import org.moisson.record.LangText;
import org.moisson.record.ResourceType;
import tools.jackson.databind.JsonNode;

/**
 * A CKAN package as the action API serves it (package_show's result, or one of package_search's
 * results). Core fields first; then the extras that harvesting extensions write (ckanext-dcat,
 * ckanext-spatial: doi, identifier, spatial, temporal_start…, language), read from the extras list
 * or, for portals that use ckanext-scheming, from top-level fields of the same name.
 *
 * <p>The mapper only knows the package: the dataset's page on the CKAN site is the record's URL,
 * kept by the harvester as provenance. {@code url} (CKAN's "Source" field) is the landing page
 * unless it points at a file, which is then one more way to get the data.
 */
final class CkanMapper implements MetadataMapper {
  static final String FORMAT = "ckan";
  /** What a "Source" URL ends with when it is a file rather than a page. */
  private static final Pattern FILE = Pattern.compile(
      "(?i).*\\.(pdf|csv|tsv|xlsx?|ods|zip|gz|tgz|7z|rar|json|geojson|xml|rdf|ttl|txt|docx?|odt"
          + "|nc|tiff?|shp|kmz|kml|parquet)$");
  /** CKAN's own licence ids that name a licence without saying so in a form {@link Licences} reads. */
  private static final Map<String, String> LICENCE_IDS = Map.of(
      "cc-zero", "CC0-1.0", "odc-odbl", "ODbL-1.0", "odc-by", "ODC-By-1.0", "odc-pddl", "PDDL-1.0");

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public Dataset map(String payload) {
    JsonNode p = JsonFields.object(payload, "CKAN package");
    // A whole package_show answer is accepted too.
    if (p.path("result").isObject()) p = p.get("result");
    CkanExtras extras = new CkanExtras(p);
    DatasetBuilder b = Dataset.builder();
    String title = folded(p, "title");
    if (title == null) title = text(p, "name");
    if (title == null) throw new MappingException("no title (nor name)");
    b.titles.add(LangText.of(null, title));
    Payloads.addOnce(b.descriptions, LangText.of(null, text(p, "notes")));
    identifiers(p, extras, b);
    agents(p, b);
    b.issued = IsoDates.clean(text(p, "metadata_created"));
    b.modified = IsoDates.clean(text(p, "metadata_modified"));
    b.version = text(p, "version");
    b.resourceType = type(text(p, "type"));
    for (JsonNode t : items(p, "tags")) {
      b.keyword(Keyword.of(t.isObject() ? first(text(t, "display_name"), text(t, "name")) : text(t)));
    }
    for (JsonNode g : items(p, "groups")) {
      String label = first(text(g, "title"), text(g, "display_name"), text(g, "name"));
      if (label != null) b.keyword(new Keyword(label, "CKAN group", null));
    }
    licence(p, b);
    extras.coverage(b);
    extras.languages(b);
    for (JsonNode r : items(p, "resources")) Payloads.addOnce(b.distributions, distribution(r));
    return b.build();
  }

  /**
   * A DOI or identifier from the extras, the package id and name (CKAN's own), and the Source URL
   * when it is a page, which is then the landing page; else the DOI's resolver is.
   */
  private static void identifiers(JsonNode p, CkanExtras extras, DatasetBuilder b) {
    for (String key : List.of("doi", "identifier")) {
      String v = extras.get(key);
      if (v != null) b.identifier(Identifier.parse(v, key.equals("doi") ? "DOI" : null));
    }
    b.identifier(Identifier.parse(text(p, "id")));
    b.identifier(Identifier.parse(text(p, "name")));
    String url = text(p, "url");
    if (JsonFields.isWebUrl(url)) {
      String path = stripQuery(url);
      if (FILE.matcher(path).matches()) {
        String file = path.substring(path.lastIndexOf('/') + 1);
        b.distributions.add(new Distribution(file, extension(path), null, url, url, null, null));
      } else {
        b.identifier(Identifier.parse(url));
        b.landingPage = url;
      }
    }
    if (b.landingPage == null) {
      b.landingPage = b.identifiers.stream().filter(i -> i.scheme() == Identifier.Scheme.DOI)
          .map(Identifier::url).findFirst().orElse(null);
    }
  }

  /** The organization publishes; author and maintainer are a creator and a contact, names only. */
  private static void agents(JsonNode p, DatasetBuilder b) {
    JsonNode org = p.path("organization");
    if (org.isObject()) b.publisher = Agent.organization(first(folded(org, "title"), text(org, "name")));
    Payloads.addOnce(b.creators, Agent.named(folded(p, "author")));
    String maintainer = folded(p, "maintainer");
    if (maintainer != null) {
      b.contributors.add(new Agent(maintainer, Agent.Kind.UNKNOWN, null, null, List.of(), List.of(), "ContactPerson"));
    }
  }

  /** "dataset" is DataCite's Dataset; other package types (showcase, harvest…) keep their name as detail. */
  private static ResourceType type(String type) {
    if (type == null) return null;
    return type.equalsIgnoreCase("dataset") ? new ResourceType("Dataset", null) : new ResourceType(null, type);
  }

  /** "notspecified" is CKAN saying there is no licence: nothing is better than a false one. */
  private static void licence(JsonNode p, DatasetBuilder b) {
    String id = text(p, "license_id");
    if ("notspecified".equalsIgnoreCase(id)) return;
    String known = id == null ? null : LICENCE_IDS.get(id.toLowerCase(Locale.ROOT));
    b.licence = Licences.pick(List.of(new Licences.Rights(known != null ? known : id, known != null ? "SPDX" : null,
        text(p, "license_url"), folded(p, "license_title"))));
  }

  private static Distribution distribution(JsonNode r) {
    String url = text(r, "url");
    String name = first(folded(r, "name"), folded(r, "description"));
    if (url == null && name == null) return null;
    String download = text(r, "download_url");
    // An uploaded file's url is the file itself.
    if (download == null && "upload".equals(text(r, "url_type"))) download = url;
    String mime = text(r, "mimetype");
    return new Distribution(name, text(r, "format"), mime == null ? null : mime.toLowerCase(Locale.ROOT),
        url, download, size(r.get("size")), null);
  }

  /** CKAN stores size as an integer, some portals as text; a negative or unreadable size is none. */
  private static Long size(JsonNode n) {
    Double d = JsonFields.number(n);
    return d == null || d < 0 || d != Math.rint(d) ? null : d.longValue();
  }

  private static String stripQuery(String url) {
    int q = url.indexOf('?');
    int h = url.indexOf('#');
    int end = q < 0 ? h : h < 0 ? q : Math.min(q, h);
    return end < 0 ? url : url.substring(0, end);
  }

  private static String extension(String path) {
    return path.substring(path.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT);
  }

  private static String first(String... values) {
    for (String v : values) if (v != null) return v;
    return null;
  }
}
