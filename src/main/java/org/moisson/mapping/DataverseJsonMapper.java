package org.moisson.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.moisson.mapping.DataverseFields.Compound;
import org.moisson.record.Dataset;
import org.moisson.record.DatasetBuilder;
import org.moisson.record.Distribution;
import org.moisson.record.Identifier;
import org.moisson.record.Keyword;
import org.moisson.record.LangText;
import org.moisson.record.Languages;
import org.moisson.record.Licence;
import org.moisson.record.Period;
import org.moisson.record.RelatedResource;
import org.moisson.record.ResourceType;
import org.moisson.record.TypedDate;
import tools.jackson.databind.JsonNode;

/**
 * A Dataverse dataset in its native JSON, in any of the shapes Dataverse serves it: the native API
 * answer ({@code {"status":"OK","data":{…,"latestVersion":{…}}}} or its data alone), the
 * dataverse_json export that OAI-PMH points to ({@code {…,"datasetVersion":{…}}}), or a bare
 * version ({@code /versions/:latest-published}).
 *
 * <p>Files become distributions. The payload does not say on which site the dataset lives, so a
 * file's access URL is its own persistent identifier's resolver when it has one, else the dataset's
 * landing page (as DCAT allows: an access URL may be a page); never a guessed {@code /api/access} URL.
 */
final class DataverseJsonMapper implements MetadataMapper {
  static final String FORMAT = "dataverse-json";
  /** A dataset of 10,000 files is no rarity; a record listing them all would swamp the index. */
  static final int MAX_FILES = 1000;
  private static final Map<String, String> ID_TYPES = Map.ofEntries(
      Map.entry("ark", "ARK"), Map.entry("arxiv", "arXiv"), Map.entry("bibcode", "bibcode"), Map.entry("doi", "DOI"),
      Map.entry("ean13", "EAN13"), Map.entry("eissn", "EISSN"), Map.entry("handle", "Handle"), Map.entry("isbn", "ISBN"),
      Map.entry("issn", "ISSN"), Map.entry("istc", "ISTC"), Map.entry("lissn", "LISSN"), Map.entry("lsid", "LSID"),
      Map.entry("pmid", "PMID"), Map.entry("purl", "PURL"), Map.entry("upc", "UPC"), Map.entry("url", "URL"),
      Map.entry("urn", "URN"));
  private static final Map<String, String> TYPES = Map.of("dataset", "Dataset", "software", "Software", "workflow", "Workflow");

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public Dataset map(String payload) {
    JsonNode dataset = dataset(JsonValues.parse(payload, "Dataverse JSON"));
    JsonNode version = version(dataset);
    DataverseFields f = new DataverseFields(version);
    DatasetBuilder b = Dataset.builder();
    for (String type : List.of("title", "subtitle", "alternativeTitle")) {
      for (String t : f.strings(type)) Payloads.addOnce(b.titles, LangText.of(null, t));
    }
    if (b.titles.isEmpty()) throw new MappingException("no title");
    identifiers(dataset, version, f, b);
    for (Compound d : f.compounds("dsDescription")) {
      Payloads.addOnce(b.descriptions, LangText.of(null, HtmlText.plain(d.get("dsDescriptionValue"))));
    }
    DataverseAgents.map(JsonValues.text(dataset.path("publisher")), f, b);
    dates(dataset, version, f, b);
    String type = JsonValues.text(dataset.path("datasetType"));
    b.resourceType = new ResourceType(type == null ? "Dataset" : TYPES.getOrDefault(type.toLowerCase(Locale.ROOT), "Dataset"),
        f.string("kindOfData"));
    keywords(f, b);
    coverage(f, b);
    licence(version, b);
    related(f, b);
    Integer major = version.path("versionNumber").isNumber() ? version.path("versionNumber").asInt() : null;
    if (major != null) b.version = major + "." + version.path("versionMinorNumber").asInt(0);
    // Dataverse names languages in English ("French"); a name the table does not know is dropped, not kept as a fake code.
    for (String l : f.strings("language")) {
      String code = Languages.normalise(l);
      if (code != null && code.matches("[a-z]{2}")) Payloads.addOnce(b.languages, code);
    }
    files(version, b);
    return b.build();
  }

  /** The dataset object, out of the native API's {"status", "data"} envelope when there is one. */
  private static JsonNode dataset(JsonNode root) {
    if (!root.path("status").isString() || root.has("datasetVersion") || root.has("latestVersion")) return root;
    if (!"OK".equalsIgnoreCase(JsonValues.text(root.path("status")))) {
      throw new MappingException("Dataverse answered " + JsonValues.text(root.path("status")) + ": "
          + JsonValues.text(root.path("message")));
    }
    return root.path("data");
  }

  /** The published version the record describes; drafts and deaccessioned versions are no catalogue entry. */
  private static JsonNode version(JsonNode dataset) {
    JsonNode version = dataset.has("latestVersion") ? dataset.path("latestVersion")
        : dataset.has("datasetVersion") ? dataset.path("datasetVersion") : dataset;
    if (!version.isObject() || !version.has("metadataBlocks")) {
      throw new MappingException("no dataset version with metadataBlocks (latestVersion or datasetVersion)");
    }
    String state = JsonValues.text(version.path("versionState"));
    if ("DRAFT".equalsIgnoreCase(state) || "DEACCESSIONED".equalsIgnoreCase(state)) {
      throw new MappingException("the dataset version is " + state.toLowerCase(Locale.ROOT) + ", not published");
    }
    return version;
  }

  private static void identifiers(JsonNode ds, JsonNode version, DataverseFields f, DatasetBuilder b) {
    b.identifier(Identifier.parse(JsonValues.text(ds.path("persistentUrl"))));
    String protocol = JsonValues.text(ds.path("protocol"));
    String authority = JsonValues.text(ds.path("authority"));
    String id = JsonValues.text(ds.path("identifier"));
    String separator = JsonValues.text(ds.path("separator"));
    if (protocol != null && authority != null && id != null) {
      b.identifier(Identifier.parse(protocol + ":" + authority + (separator == null ? "/" : separator) + id));
    }
    b.identifier(Identifier.parse(JsonValues.text(version.path("datasetPersistentId"))));
    for (Compound o : f.compounds("otherId")) b.identifier(Identifier.parse(o.get("otherIdValue")));
    b.landingPage = Payloads.landingPage(b.identifiers);
  }

  private static void dates(JsonNode ds, JsonNode version, DataverseFields f, DatasetBuilder b) {
    for (String issued : new String[] {JsonValues.text(ds.path("publicationDate")),
        JsonValues.text(version.path("publicationDate")), JsonValues.text(version.path("releaseTime"))}) {
      if (b.issued == null) b.issued = IsoDates.clean(issued);
    }
    b.modified = IsoDates.clean(JsonValues.text(version.path("lastUpdateTime")));
    if (b.modified == null) b.modified = IsoDates.clean(JsonValues.text(version.path("releaseTime")));
    typedDate(b, "Submitted", f.string("dateOfDeposit"));
    typedDate(b, "Created", f.string("productionDate"));
    for (Compound c : f.compounds("dateOfCollection")) {
      Period p = period(c.get("dateOfCollectionStart"), c.get("dateOfCollectionEnd"));
      if (p != null) typedDate(b, "Collected", (p.start() == null ? "" : p.start()) + "/" + (p.end() == null ? "" : p.end()));
    }
  }

  private static void typedDate(DatasetBuilder b, String type, String value) {
    String v = IsoDates.clean(value);
    if (v != null) Payloads.addOnce(b.dates, new TypedDate(type, v));
  }

  /** Subjects (Dataverse's own list of disciplines), keywords and topic classifications, in that order. */
  private static void keywords(DataverseFields f, DatasetBuilder b) {
    for (String s : f.strings("subject")) b.keyword(new Keyword(s, "Dataverse subject", null));
    for (Compound k : f.compounds("keyword")) {
      String label = k.get("keywordValue");
      String scheme = k.get("keywordVocabulary");
      if (label != null) b.keyword(new Keyword(label, scheme != null ? scheme : k.get("keywordVocabularyURI"), k.get("keywordTermURI")));
    }
    for (Compound t : f.compounds("topicClassification")) {
      String label = t.get("topicClassValue");
      String scheme = t.get("topicClassVocab");
      if (label != null) b.keyword(new Keyword(label, scheme != null ? scheme : t.get("topicClassVocabURI"), null));
    }
  }

  /**
   * Time period covered and dates of collection both become temporal coverage: Dataverse's
   * collection dates usually are the only time a dataset states. Place names join their parts the
   * way Dataverse's DataCite export does (country, state, city, other), so both forms agree.
   */
  private static void coverage(DataverseFields f, DatasetBuilder b) {
    for (Compound c : f.compounds("timePeriodCovered")) {
      Payloads.addOnce(b.temporal, period(c.get("timePeriodCoveredStart"), c.get("timePeriodCoveredEnd")));
    }
    for (Compound c : f.compounds("dateOfCollection")) {
      Payloads.addOnce(b.temporal, period(c.get("dateOfCollectionStart"), c.get("dateOfCollectionEnd")));
    }
    for (Compound g : f.compounds("geographicCoverage")) {
      List<String> parts = new ArrayList<>();
      for (String p : List.of("country", "state", "city", "otherGeographicCoverage")) Payloads.addOnce(parts, g.get(p));
      Payloads.addOnce(b.places, DataCiteGeo.place(String.join(", ", parts)));
    }
    // Older Dataverse releases named the latitudes northLongitude and southLongitude.
    for (Compound box : f.compounds("geographicBoundingBox")) {
      String north = box.get("northLatitude") != null ? box.get("northLatitude") : box.get("northLongitude");
      String south = box.get("southLatitude") != null ? box.get("southLatitude") : box.get("southLongitude");
      Payloads.addOnce(b.boxes, DataCiteGeo.box(DataCiteGeo.number(box.get("westLongitude")), DataCiteGeo.number(south),
          DataCiteGeo.number(box.get("eastLongitude")), DataCiteGeo.number(north)));
    }
  }

  private static Period period(String start, String end) {
    String s = IsoDates.clean(start);
    String e = IsoDates.clean(end);
    return s == null && e == null ? null : new Period(s, e);
  }

  /** The licence object of Dataverse 5.10 and later, the licence name before, else the custom terms of use. */
  private static void licence(JsonNode version, DatasetBuilder b) {
    JsonNode l = version.path("license");
    List<Licences.Rights> rights = new ArrayList<>();
    if (l.isObject()) {
      rights.add(new Licences.Rights(JsonValues.text(l.path("rightsIdentifier")),
          JsonValues.text(l.path("rightsIdentifierScheme")), JsonValues.text(l.path("uri")), JsonValues.text(l.path("name"))));
    } else if (JsonValues.text(l) != null && !"NONE".equalsIgnoreCase(JsonValues.text(l))) {
      rights.add(new Licences.Rights(null, null, null, JsonValues.text(l)));
    }
    b.licence = Licences.pick(rights);
    String terms = JsonValues.text(version.path("termsOfUse"));
    if (b.licence == null && terms != null) {
      // Custom terms can run to pages; the facet shows Dataverse's own name for them instead.
      b.licence = new Licence(null, null, terms.length() <= 120 ? HtmlText.plain(terms) : "Custom Dataset Terms");
    }
  }

  /** Related publications; Dataverse's DataCite export calls them IsSupplementTo unless a relation type is set. */
  private static void related(DataverseFields f, DatasetBuilder b) {
    for (Compound p : f.compounds("publication")) {
      String number = p.get("publicationIDNumber");
      String url = p.get("publicationURL");
      String relation = p.get("publicationRelationType");
      relation = relation == null ? "IsSupplementTo" : relation;
      if (number != null) {
        Payloads.addOnce(b.related, new RelatedResource(number, idType(p.get("publicationIDType"), number), relation, null));
      } else if (url != null) {
        Payloads.addOnce(b.related, new RelatedResource(url, "URL", relation, null));
      }
    }
  }

  private static String idType(String declared, String value) {
    if (declared != null) return ID_TYPES.getOrDefault(declared.strip().toLowerCase(Locale.ROOT), declared.strip());
    Identifier id = Identifier.parse(value);
    return id.dataCiteType();
  }

  /** Files as distributions; access rights as Dataverse's DataCite export states them, from the files' restrictions. */
  private static void files(JsonNode version, DatasetBuilder b) {
    int count = 0;
    boolean restricted = false;
    boolean embargoed = false;
    for (JsonNode file : JsonValues.items(version.path("files"))) {
      if (count++ >= MAX_FILES) break;
      JsonNode df = file.path("dataFile");
      String name = JsonValues.text(df.path("filename"));
      if (name == null) name = JsonValues.text(file.path("label"));
      Identifier pid = Identifier.parse(JsonValues.text(df.path("persistentId")));
      String access = pid != null && pid.url() != null ? pid.url() : b.landingPage;
      String type = JsonValues.text(df.path("contentType"));
      Long size = df.path("filesize").isNumber() ? df.path("filesize").asLong() : null;
      b.distributions.add(new Distribution(name, JsonValues.text(df.path("friendlyType")),
          type == null ? null : type.toLowerCase(Locale.ROOT), access, null, size, null));
      restricted |= file.path("restricted").asBoolean(false) || df.path("restricted").asBoolean(false);
      embargoed |= df.path("embargo").isObject();
    }
    if (count > 0) {
      b.accessRights = "info:eu-repo/semantics/" + (embargoed ? "embargoedAccess" : restricted ? "restrictedAccess" : "openAccess");
    }
  }
}
