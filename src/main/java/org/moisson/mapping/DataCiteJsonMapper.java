package org.moisson.mapping;

import static org.moisson.mapping.JsonFields.folded;
import static org.moisson.mapping.JsonFields.items;
import static org.moisson.mapping.JsonFields.text;

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
 * lines) besides the {@code <br>} DataCite carries over from XML as text.
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
    for (JsonNode d : items(r, "dates")) {
      DataCiteMapper.date(text(d, "date"), text(d, "dateType"), text(d, "dateInformation"), b);
    }
    if (b.issued == null) b.issued = IsoDates.clean(text(r, "publicationYear"));
    JsonNode types = r.path("types");
    b.resourceType = DataCiteMapper.resourceType(text(types, "resourceTypeGeneral"),
        folded(types, "resourceType"));
    for (JsonNode s : items(r, "subjects")) {
      b.keyword(s.isObject() ? DataCiteMapper.subject(folded(s, "subject"), text(s, "subjectScheme"),
          text(s, "schemeUri"), text(s, "valueUri")) : DataCiteMapper.subject(text(s), null, null, null));
    }
    for (JsonNode l : items(r, "language")) Payloads.addOnce(b.languages, Languages.normalise(text(l)));
    related(r, b);
    b.version = text(r, "version");
    rights(r, b);
    descriptions(r, b);
    DataCiteJsonParts.geoLocations(r, b);
    DataCiteJsonParts.funding(r, b);
    List<String> formats = new ArrayList<>();
    for (JsonNode f : items(r, "formats")) Payloads.addOnce(formats, text(f));
    b.distributions.addAll(Distributions.ofFormats(formats, b.landingPage));
    return b.build();
  }

  /** The metadata object: the REST API nests it under attributes (and a single DOI under data). */
  private static JsonNode attributes(JsonNode root) {
    JsonNode n = root.path("data").isObject() ? root.get("data") : root;
    return n.path("attributes").isObject() ? n.get("attributes") : n;
  }

  private static void titles(JsonNode r, DatasetBuilder b) {
    List<JsonNode> all = items(r, "titles");
    for (int pass = 0; pass < 3; pass++) {
      for (JsonNode t : all) {
        if (DataCiteMapper.titleRank(text(t, "titleType")) == pass) {
          String title = t.isObject() ? folded(t, "title") : text(t);
          Payloads.addOnce(b.titles, LangText.of(text(t, "lang"), title));
        }
      }
    }
  }

  /**
   * The DOI, then the other identifiers: "identifiers" (which in the kernel-4.3 examples repeats
   * the DOI) and the older "alternateIdentifiers".
   */
  private static void identifiers(JsonNode r, DatasetBuilder b) {
    String doi = text(r, "doi");
    if (doi != null) b.identifier(Identifier.parse(doi, "DOI"));
    for (JsonNode id : items(r, "identifiers")) {
      b.identifier(Identifier.parse(text(id, "identifier"), text(id, "identifierType")));
    }
    for (JsonNode id : items(r, "alternateIdentifiers")) {
      b.identifier(Identifier.parse(text(id, "alternateIdentifier"), text(id, "alternateIdentifierType")));
    }
    String url = text(r, "url");
    b.landingPage = JsonFields.isWebUrl(url) ? url : Payloads.landingPage(b.identifiers);
  }

  private static void related(JsonNode r, DatasetBuilder b) {
    for (JsonNode e : items(r, "relatedIdentifiers")) {
      String id = text(e, "relatedIdentifier");
      if (id != null) {
        DataCiteMapper.addRelated(b.related, new RelatedResource(id, text(e, "relatedIdentifierType"),
            text(e, "relationType"), text(e, "resourceTypeGeneral")));
      }
    }
    for (JsonNode item : items(r, "relatedItems")) {
      JsonNode idNode = item.path("relatedItemIdentifier");
      String id = idNode.isObject() ? text(idNode, "relatedItemIdentifier") : text(idNode);
      if (id != null) {
        DataCiteMapper.addRelated(b.related, new RelatedResource(id, text(idNode, "relatedItemIdentifierType"),
            text(item, "relationType"), text(item, "relatedItemType")));
      }
    }
  }

  private static void rights(JsonNode r, DatasetBuilder b) {
    List<Licences.Rights> rights = new ArrayList<>();
    for (JsonNode e : items(r, "rightsList")) {
      rights.add(new Licences.Rights(text(e, "rightsIdentifier"), text(e, "rightsIdentifierScheme"),
          text(e, "rightsUri"), folded(e, "rights")));
    }
    b.licence = Licences.pick(rights);
    b.accessRights = Licences.accessRights(rights);
  }

  private static void descriptions(JsonNode r, DatasetBuilder b) {
    List<JsonNode> all = items(r, "descriptions");
    for (int pass = 0; pass < 3; pass++) {
      for (JsonNode d : all) {
        if (DataCiteMapper.descriptionRank(text(d, "descriptionType")) != pass) continue;
        // The REST API once served a description as a list of strings.
        List<String> parts = new ArrayList<>();
        for (JsonNode p : items(d, "description")) Payloads.addOnce(parts, paragraphs(text(p)));
        if (!parts.isEmpty()) Payloads.addOnce(b.descriptions, LangText.of(text(d, "lang"), String.join("\n", parts)));
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
      String folded = org.moisson.xml.WhiteSpace.fold(p.strip());
      if (!folded.isEmpty()) out.add(folded);
    }
    return out.isEmpty() ? null : String.join("\n", out);
  }
}
