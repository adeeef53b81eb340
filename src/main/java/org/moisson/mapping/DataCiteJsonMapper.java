package org.moisson.mapping;

import java.util.ArrayList;
import java.util.List;
import org.moisson.record.Dataset;
import org.moisson.record.DatasetBuilder;
import org.moisson.record.Identifier;
import org.moisson.record.LangText;
import org.moisson.record.Languages;
import org.moisson.record.RelatedResource;
import tools.jackson.databind.JsonNode;

/**
 * DataCite metadata kernel 4 as JSON: an item of the DataCite REST API ({@code {"id", "type":
 * "dois", "attributes": {…}}}, or a whole single-DOI answer {@code {"data": {…}}}) or the flat form
 * of the schema's kernel-4.3 JSON examples. Both spell the properties alike; where they differ
 * (affiliations and publisher as strings or objects, polygons as point lists or nested lists,
 * numbers as strings) both are read.
 *
 * <p>It follows {@link DataCiteMapper} rule for rule (the same helpers), so a record read from
 * XML and from JSON gives the same dataset where they say the same. Two differences are on
 * purpose: the landing page is the REST API's {@code url} (the repository's own page, which the
 * XML does not carry) when there is one, and a description keeps its paragraph breaks (blank
 * lines), since JSON has no {@code <br/>}.
 */
final class DataCiteJsonMapper implements MetadataMapper {
  static final String FORMAT = "datacite-json";

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public Dataset map(String payload) {
    JsonNode r = attributes(JsonFields.object(payload, "DataCite JSON"));
    DatasetBuilder b = Dataset.builder();
    titles(r, b);
    if (b.titles.isEmpty()) throw new MappingException("no title");
    identifiers(r, b);
    DataCiteJsonParts.agents(r, b);
    for (JsonNode d : JsonFields.items(r, "dates")) {
      DataCiteMapper.date(JsonFields.text(d, "date"), JsonFields.text(d, "dateType"), JsonFields.text(d, "dateInformation"), b);
    }
    if (b.issued == null) b.issued = IsoDates.clean(JsonFields.text(r, "publicationYear"));
    JsonNode types = r.path("types");
    b.resourceType = DataCiteMapper.resourceType(JsonFields.text(types, "resourceTypeGeneral"),
        JsonFields.folded(types, "resourceType"));
    for (JsonNode s : JsonFields.items(r, "subjects")) {
      b.keyword(s.isObject() ? DataCiteMapper.subject(JsonFields.folded(s, "subject"), JsonFields.text(s, "subjectScheme"),
          JsonFields.text(s, "schemeUri"), JsonFields.text(s, "valueUri")) : DataCiteMapper.subject(JsonFields.text(s), null, null, null));
    }
    for (JsonNode l : JsonFields.items(r, "language")) Payloads.addOnce(b.languages, Languages.normalise(JsonFields.text(l)));
    related(r, b);
    b.version = JsonFields.text(r, "version");
    rights(r, b);
    descriptions(r, b);
    DataCiteJsonParts.geoLocations(r, b);
    DataCiteJsonParts.funding(r, b);
    List<String> formats = new ArrayList<>();
    for (JsonNode f : JsonFields.items(r, "formats")) Payloads.addOnce(formats, JsonFields.text(f));
    b.distributions.addAll(Distributions.ofFormats(formats, b.landingPage));
    return b.build();
  }

  /** The metadata object: the REST API nests it under attributes (and a single DOI under data). */
  private static JsonNode attributes(JsonNode root) {
    JsonNode n = root.path("data").isObject() ? root.get("data") : root;
    return n.path("attributes").isObject() ? n.get("attributes") : n;
  }

  private static void titles(JsonNode r, DatasetBuilder b) {
    List<JsonNode> all = JsonFields.items(r, "titles");
    for (int pass = 0; pass < 3; pass++) {
      for (JsonNode t : all) {
        if (DataCiteMapper.titleRank(JsonFields.text(t, "titleType")) == pass) {
          String title = t.isObject() ? JsonFields.folded(t, "title") : JsonFields.text(t);
          Payloads.addOnce(b.titles, LangText.of(JsonFields.text(t, "lang"), title));
        }
      }
    }
  }

  /**
   * The DOI, then the other identifiers: "identifiers" (which in the kernel-4.3 examples repeats
   * the DOI) and the older "alternateIdentifiers".
   */
  private static void identifiers(JsonNode r, DatasetBuilder b) {
    String doi = JsonFields.text(r, "doi");
    if (doi != null) b.identifier(Identifier.parse(doi, "DOI"));
    for (JsonNode id : JsonFields.items(r, "identifiers")) {
      b.identifier(Identifier.parse(JsonFields.text(id, "identifier"), JsonFields.text(id, "identifierType")));
    }
    for (JsonNode id : JsonFields.items(r, "alternateIdentifiers")) {
      b.identifier(Identifier.parse(JsonFields.text(id, "alternateIdentifier"), JsonFields.text(id, "alternateIdentifierType")));
    }
    String url = JsonFields.text(r, "url");
    b.landingPage = JsonFields.isWebUrl(url) ? url : Payloads.landingPage(b.identifiers);
  }

  private static void related(JsonNode r, DatasetBuilder b) {
    for (JsonNode e : JsonFields.items(r, "relatedIdentifiers")) {
      String id = JsonFields.text(e, "relatedIdentifier");
      if (id != null) {
        DataCiteMapper.addRelated(b.related, new RelatedResource(id, JsonFields.text(e, "relatedIdentifierType"),
            JsonFields.text(e, "relationType"), JsonFields.text(e, "resourceTypeGeneral")));
      }
    }
    for (JsonNode item : JsonFields.items(r, "relatedItems")) {
      JsonNode idNode = item.path("relatedItemIdentifier");
      String id = idNode.isObject() ? JsonFields.text(idNode, "relatedItemIdentifier") : JsonFields.text(idNode);
      if (id != null) {
        DataCiteMapper.addRelated(b.related, new RelatedResource(id, JsonFields.text(idNode, "relatedItemIdentifierType"),
            JsonFields.text(item, "relationType"), JsonFields.text(item, "relatedItemType")));
      }
    }
  }

  private static void rights(JsonNode r, DatasetBuilder b) {
    List<Licences.Rights> rights = new ArrayList<>();
    for (JsonNode e : JsonFields.items(r, "rightsList")) {
      rights.add(new Licences.Rights(JsonFields.text(e, "rightsIdentifier"), JsonFields.text(e, "rightsIdentifierScheme"),
          JsonFields.text(e, "rightsUri"), JsonFields.folded(e, "rights")));
    }
    b.licence = Licences.pick(rights);
    b.accessRights = Licences.accessRights(rights);
  }

  private static void descriptions(JsonNode r, DatasetBuilder b) {
    List<JsonNode> all = JsonFields.items(r, "descriptions");
    for (int pass = 0; pass < 3; pass++) {
      for (JsonNode d : all) {
        if (DataCiteMapper.descriptionRank(JsonFields.text(d, "descriptionType")) != pass) continue;
        // The REST API once served a description as a list of strings.
        List<String> parts = new ArrayList<>();
        for (JsonNode p : JsonFields.items(d, "description")) Payloads.addOnce(parts, paragraphs(JsonFields.text(p)));
        if (!parts.isEmpty()) Payloads.addOnce(b.descriptions, LangText.of(JsonFields.text(d, "lang"), String.join("\n", parts)));
      }
    }
  }

  /**
   * Paragraphs (text between blank lines) and the {@code <br>} DataCite keeps from XML on lines of
   * their own, all other white space folded: a single line break in JSON is most often the
   * indentation of the XML the record came from.
   */
  static String paragraphs(String text) {
    if (text == null) return null;
    List<String> out = new ArrayList<>();
    for (String p : text.split("\\n\\s*\\n|(?i)<br\\s*/?>")) {
      String folded = p.strip().replaceAll("\\s+", " ");
      if (!folded.isEmpty()) out.add(folded);
    }
    return out.isEmpty() ? null : String.join("\n", out);
  }
}
