package org.moisson.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import tools.jackson.databind.JsonNode;

/**
 * A schema.org Dataset in JSON-LD, as landing pages embed it: the payload is one
 * {@code <script type="application/ld+json">} block, holding the Dataset alone, in a {@code @graph},
 * in an array, or as a page's mainEntity. Read as plain JSON ({@link SchemaOrgJson}); the common
 * shapes of science-on-schema.org, Google's guide and Dataverse's export are understood.
 *
 * <p>variableMeasured become keywords of the scheme "variableMeasured", so a search for a variable
 * finds the dataset. citation and isBasedOn become related resources when they carry an identifier
 * (a citation written as text counts when it holds a DOI), except one naming the dataset itself:
 * pages often put the dataset's own preferred citation there.
 */
final class SchemaOrgMapper implements MetadataMapper {
  static final String FORMAT = "schemaorg";
  private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/[^\\s\"<>\\]]+[^\\s\"<>\\].,;)]");
  private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z]+/[a-z0-9][-a-z0-9.+_]*(?:\\s*;.*)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmgt]i?)?b?(?:ytes?)?", Pattern.CASE_INSENSITIVE);
  private static final int MAX_ITEMS = 1000;

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public Dataset map(String payload) {
    SchemaOrgJson j = new SchemaOrgJson(JsonValues.parse(payload, "schema.org JSON-LD"));
    JsonNode ds = j.dataset();
    DatasetBuilder b = Dataset.builder();
    for (String p : List.of("name", "alternateName")) {
      for (JsonNode v : j.values(ds, p)) Payloads.addOnce(b.titles, LangText.of(SchemaOrgJson.lang(v), SchemaOrgJson.text(v)));
    }
    if (b.titles.isEmpty()) throw new MappingException("schema.org Dataset has no name");
    for (JsonNode v : j.values(ds, "description")) {
      Payloads.addOnce(b.descriptions, LangText.of(SchemaOrgJson.lang(v), HtmlText.plain(SchemaOrgJson.text(v))));
    }
    identifiers(j, ds, b);
    SchemaOrgAgents.map(j, ds, b);
    b.issued = IsoDates.clean(j.text(ds, "datePublished"));
    b.modified = IsoDates.clean(j.text(ds, "dateModified"));
    String created = IsoDates.clean(j.text(ds, "dateCreated"));
    if (created != null) b.dates.add(new TypedDate("Created", created));
    b.resourceType = new ResourceType("Dataset", null);
    keywords(j, ds, b);
    SchemaOrgCoverage.map(j, ds, b);
    licence(j, ds, b);
    distributions(j, ds, b);
    related(j, ds, b);
    b.version = j.text(ds, "version");
    for (String l : j.texts(ds, "inLanguage")) {
      String code = Languages.normalise(l);
      if (code != null && code.matches("[a-z]{2,3}")) Payloads.addOnce(b.languages, code);
    }
    return b.build();
  }

  /** identifier (text, PropertyValue, list), the node's @id when it is an IRI, and sameAs. */
  private static void identifiers(SchemaOrgJson j, JsonNode ds, DatasetBuilder b) {
    for (JsonNode v : j.values(ds, "identifier")) b.identifier(identifier(j, v));
    Identifier self = Identifier.parse(JsonValues.text(ds.path("@id")));
    if (self != null && self.scheme() != Identifier.Scheme.LOCAL) b.identifier(self);
    for (JsonNode v : j.values(ds, "sameAs")) {
      Identifier same = identifier(j, v);
      if (same != null && same.scheme() != Identifier.Scheme.LOCAL) b.identifier(same);
    }
    String url = j.text(ds, "url");
    b.landingPage = url != null && url.matches("(?i)https?://.+") ? url : Payloads.landingPage(b.identifiers);
  }

  private static Identifier identifier(SchemaOrgJson j, JsonNode v) {
    if (!v.isObject() || v.has("@value")) return Identifier.parse(SchemaOrgJson.text(v));
    String value = SchemaOrgAgents.firstNonNull(j.text(v, "value"), j.text(v, "url"), JsonValues.text(v.path("@id")));
    String scheme = SchemaOrgAgents.scheme(j, v);
    return Identifier.parse(value, "DOI".equals(scheme) ? "DOI" : null);
  }

  /** keywords: a comma-separated text, a list, DefinedTerms; then variableMeasured. */
  private static void keywords(SchemaOrgJson j, JsonNode ds, DatasetBuilder b) {
    for (JsonNode v : j.values(ds, "keywords")) {
      if (v.isObject() && !v.has("@value")) {
        b.keyword(definedTerm(j, v));
      } else if (SchemaOrgJson.text(v) != null) {
        boolean single = !(ds.path("keywords").isArray());
        for (String k : single ? SchemaOrgJson.text(v).split(",") : new String[] {SchemaOrgJson.text(v)}) {
          b.keyword(Keyword.of(k.strip()));
        }
      }
    }
    List<JsonNode> variables = new ArrayList<>();
    for (JsonNode v : j.values(ds, "variableMeasured")) {
      variables.add(v);
      // A tuple-valued variable (science-on-schema.org's grid example) names its parts in valueReference.
      if (v.isObject()) j.values(v, "valueReference").stream().filter(JsonNode::isObject).forEach(variables::add);
    }
    for (JsonNode v : variables.subList(0, Math.min(variables.size(), MAX_ITEMS))) b.keyword(variable(j, v));
  }

  private static Keyword variable(SchemaOrgJson j, JsonNode v) {
    if (!v.isObject() || v.has("@value")) {
      String name = SchemaOrgJson.text(v);
      return name == null ? null : new Keyword(name, "variableMeasured", null);
    }
    // BCO-DMO writes the variable's name as its value (science-on-schema.org's own example does).
    String name = SchemaOrgAgents.firstNonNull(j.text(v, "name"), j.text(v, "value"), j.text(v, "alternateName"));
    // propertyID may list the Data Cube role (measure, dimension) before the concept measured: the concept is the keyword's URI.
    String uri = j.texts(v, "propertyID").stream().filter(p -> p.matches("(?i)https?://.+"))
        .filter(p -> !p.startsWith("http://purl.org/linked-data/cube#")).findFirst().orElse(null);
    return name == null ? null : new Keyword(name, "variableMeasured", uri);
  }

  private static Keyword definedTerm(SchemaOrgJson j, JsonNode term) {
    String name = SchemaOrgAgents.firstNonNull(j.text(term, "name"), j.text(term, "termCode"));
    if (name == null) return null;
    JsonNode set = j.values(term, "inDefinedTermSet").stream().findFirst().orElse(null);
    String scheme = set == null ? null : set.isObject() && !set.has("@value")
        ? SchemaOrgAgents.firstNonNull(j.text(set, "name"), j.text(set, "url"), JsonValues.text(set.path("@id")))
        : SchemaOrgJson.text(set);
    String uri = SchemaOrgAgents.firstNonNull(j.text(term, "url"), JsonValues.text(term.path("@id")));
    return new Keyword(name, scheme, uri);
  }

  /** license (a URL, an SPDX id or a name, a CreativeWork), and isAccessibleForFree as access rights. */
  private static void licence(SchemaOrgJson j, JsonNode ds, DatasetBuilder b) {
    List<Licences.Rights> rights = new ArrayList<>();
    for (JsonNode v : j.values(ds, "license")) {
      if (v.isObject() && !v.has("@value")) {
        rights.add(new Licences.Rights(j.text(v, "identifier"), null,
            SchemaOrgAgents.firstNonNull(j.text(v, "url"), JsonValues.text(v.path("@id"))), j.text(v, "name")));
      } else if (SchemaOrgJson.text(v) != null) {
        String t = SchemaOrgJson.text(v);
        boolean url = t.matches("(?i)https?://.+");
        rights.add(new Licences.Rights(null, null, url ? t : null, url ? null : t));
      }
    }
    b.licence = Licences.pick(rights);
    String free = j.text(ds, "isAccessibleForFree");
    if (free != null && free.matches("(?i)true|false")) {
      // The vocabulary DataCite records use (and Dataverse's DataCite export), so both forms agree.
      b.accessRights = "info:eu-repo/semantics/" + (Boolean.parseBoolean(free.toLowerCase(Locale.ROOT)) ? "openAccess" : "restrictedAccess");
    }
  }

  private static void distributions(SchemaOrgJson j, JsonNode ds, DatasetBuilder b) {
    int count = 0;
    for (JsonNode d : j.values(ds, "distribution")) {
      if (!d.isObject() || count++ >= MAX_ITEMS) continue;
      String content = j.text(d, "contentUrl");
      String url = content != null ? content : j.text(d, "url");
      String encoding = SchemaOrgAgents.firstNonNull(j.text(d, "encodingFormat"), j.text(d, "fileFormat"));
      boolean media = encoding != null && MEDIA_TYPE.matcher(encoding).matches();
      String name = j.text(d, "name");
      if (url == null && name == null && encoding == null) continue;
      Payloads.addOnce(b.distributions, new Distribution(name, media ? null : encoding,
          media ? encoding.toLowerCase(Locale.ROOT) : null, url, content, size(j.text(d, "contentSize")), null));
    }
  }

  /** contentSize as bytes: "27", "27 B", "1.5 MB" (decimal) or "1.5 MiB" (binary). */
  static Long size(String text) {
    if (text == null) return null;
    Matcher m = SIZE.matcher(text.strip());
    if (!m.matches()) return null;
    double n = Double.parseDouble(m.group(1));
    String unit = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
    int power = unit.isEmpty() ? 0 : "kmgt".indexOf(unit.charAt(0)) + 1;
    double base = unit.endsWith("i") ? 1024 : 1000;
    return Math.round(n * Math.pow(base, power));
  }

  private static void related(SchemaOrgJson j, JsonNode ds, DatasetBuilder b) {
    relate(j, j.values(ds, "citation"), "Cites", b);
    relate(j, j.values(ds, "isBasedOn"), "IsDerivedFrom", b);
  }

  private static void relate(SchemaOrgJson j, List<JsonNode> values, String relation, DatasetBuilder b) {
    for (JsonNode v : values) {
      Identifier id;
      if (v.isObject() && !v.has("@value")) {
        id = Identifier.parse(SchemaOrgAgents.firstNonNull(j.text(v, "identifier"), JsonValues.text(v.path("@id")), j.text(v, "url")));
      } else {
        String text = SchemaOrgJson.text(v);
        Matcher m = text == null ? null : DOI.matcher(text);
        id = m != null && m.find() ? Identifier.parse(m.group()) : text != null && text.matches("(?i)https?://\\S+") ? Identifier.parse(text) : null;
      }
      if (id == null || id.scheme() == Identifier.Scheme.LOCAL || b.identifiers.contains(id)) continue;
      String type = id.dataCiteType() == null ? "URL" : id.dataCiteType();
      Payloads.addOnce(b.related, new RelatedResource(id.value(), type, relation, null));
    }
  }
}
