package org.moisson.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.moisson.record.Agent;
import org.moisson.record.Dataset;
import org.moisson.record.DatasetBuilder;
import org.moisson.record.Funding;
import org.moisson.record.Identifier;
import org.moisson.record.Keyword;
import org.moisson.record.LangText;
import org.moisson.record.Languages;
import org.moisson.record.RelatedResource;
import org.moisson.record.ResourceType;
import org.moisson.record.TypedDate;
import org.moisson.xml.Dom;
import org.w3c.dom.Element;

/**
 * Simple Dublin Core ({@code <oai_dc:dc>}, elements 1.1, any namespace), alone or in its OAI-PMH
 * record. Dublin Core says little, so the OpenAIRE (info:eu-repo) conventions are read too: typed
 * dates, alternative identifiers and grant agreements hidden in dc:relation.
 */
final class OaiDcMapper implements MetadataMapper {
  static final String FORMAT = "oai_dc";
  private static final Pattern GRANT = Pattern.compile("info:eu-repo/grantAgreement/([^/]*)/([^/]*)/([^/]+).*");
  private static final Pattern ALT_ID = Pattern.compile("info:eu-repo/semantics/altIdentifier/([^/]+)/(.+)");
  private static final Pattern EMBARGO = Pattern.compile("info:eu-repo/date/embargoEnd/(.+)");
  private static final Pattern TYPE_PREFIX = Pattern.compile(
      "^(?:https?://purl\\.org/dc/dcmitype/|dcmitype:|info:eu-repo/semantics/)", Pattern.CASE_INSENSITIVE);
  private static final Map<String, String> TYPES = types();

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public Dataset map(String payload) {
    Element dc = Payloads.single(Payloads.parse(payload), "dc", "oai_dc");
    DatasetBuilder b = Dataset.builder();
    for (Element t : Dom.children(dc, "title")) Payloads.addOnce(b.titles, LangText.of(Dom.lang(t), Dom.text(t)));
    if (b.titles.isEmpty()) throw new MappingException("no title");
    // Repositories often repeat a creator; with a bare name there is nothing to tell two apart.
    for (String c : texts(dc, "creator")) Payloads.addOnce(b.creators, Agent.named(c));
    for (String c : texts(dc, "contributor")) Payloads.addOnce(b.contributors, Agent.named(c));
    b.publisher = texts(dc, "publisher").stream().map(Agent::named).findFirst().orElse(null);
    // Many repositories put a whole list in one dc:subject, separated by semicolons.
    for (String s : texts(dc, "subject")) for (String k : s.split(";")) b.keyword(Keyword.of(k));
    for (Element d : Dom.children(dc, "description")) {
      Payloads.addOnce(b.descriptions, LangText.of(Dom.lang(d), Dom.text(d)));
    }
    for (String d : texts(dc, "date")) date(d, b);
    b.resourceType = type(texts(dc, "type"));
    for (String l : texts(dc, "language")) Payloads.addOnce(b.languages, Languages.normalise(l));
    for (String id : texts(dc, "identifier")) b.identifier(Identifier.parse(id));
    for (String r : texts(dc, "relation")) relation(r, b);
    for (String s : texts(dc, "source")) Payloads.addOnce(b.related, related(s, "IsDerivedFrom"));
    for (String c : texts(dc, "coverage")) DcCoverage.add(c, b);
    rights(texts(dc, "rights"), b);
    b.landingPage = Payloads.landingPage(b.identifiers);
    b.distributions.addAll(Distributions.ofFormats(texts(dc, "format"), b.landingPage));
    return b.build();
  }

  private static List<String> texts(Element dc, String name) {
    List<String> out = new ArrayList<>();
    for (Element e : Dom.children(dc, name)) {
      String t = Dom.text(e);
      if (t != null) out.add(t);
    }
    return out;
  }

  /** The first date is taken as the publication date, as the OAI-PMH guidelines advise for dc:date. */
  private static void date(String text, DatasetBuilder b) {
    Matcher embargo = EMBARGO.matcher(text);
    if (embargo.matches()) {
      String end = IsoDates.clean(embargo.group(1));
      if (end != null) Payloads.addOnce(b.dates, new TypedDate("Available", end));
      return;
    }
    String d = IsoDates.clean(text);
    if (d == null) return;
    if (b.issued == null) b.issued = d;
    else Payloads.addOnce(b.dates, new TypedDate("Other", d));
  }

  /** The first type that names a known kind gives the facet value; the first free-text type is kept as detail. */
  static ResourceType type(List<String> types) {
    String general = null;
    String detail = null;
    for (String t : types) {
      String key = TYPE_PREFIX.matcher(t.strip()).replaceFirst("").replaceAll("[\\s_-]", "").toLowerCase(Locale.ROOT);
      String g = TYPES.get(key);
      if (g == null && detail == null) detail = t;
      if (g != null && general == null) general = g;
    }
    return general == null && detail == null ? null : new ResourceType(general, detail);
  }

  private static void relation(String r, DatasetBuilder b) {
    Matcher grant = GRANT.matcher(r);
    if (grant.matches()) {
      Payloads.addOnce(b.funding, new Funding(grant.group(1).isBlank() ? null : grant.group(1), null,
          grant.group(3), null));
      return;
    }
    Matcher alt = ALT_ID.matcher(r);
    if (alt.matches()) {
      b.identifier(Identifier.parse(alt.group(2), alt.group(1)));
      return;
    }
    Payloads.addOnce(b.related, related(r, "References"));
  }

  private static RelatedResource related(String value, String relationType) {
    Identifier id = Identifier.parse(value);
    String type = id.dataCiteType();
    return new RelatedResource(value, type, relationType, null);
  }

  /** dc:rights holds URLs and labels alike: a value that looks like a URI is read as one. */
  private static void rights(List<String> values, DatasetBuilder b) {
    List<Licences.Rights> rights = new ArrayList<>();
    for (String v : values) {
      boolean uri = v.matches("(?i)(?:https?://|info:|urn:)\\S+");
      rights.add(new Licences.Rights(null, null, uri ? v : null, uri ? null : v));
    }
    b.licence = Licences.pick(rights);
    b.accessRights = Licences.accessRights(rights);
  }

  private static Map<String, String> types() {
    Map<String, String> m = new HashMap<>();
    for (String g : List.of("Audiovisual", "Book", "BookChapter", "Collection", "ComputationalNotebook",
        "ConferencePaper", "ConferenceProceeding", "DataPaper", "Dataset", "Dissertation", "Event", "Image",
        "Instrument", "InteractiveResource", "Journal", "JournalArticle", "Model", "OutputManagementPlan",
        "PeerReview", "PhysicalObject", "Preprint", "Report", "Service", "Software", "Sound", "Standard",
        "StudyRegistration", "Text", "Workflow", "Other")) {
      m.put(g.toLowerCase(Locale.ROOT), g);
    }
    // DCMI Type vocabulary terms that are not DataCite's, and info:eu-repo/semantics publication types.
    m.putAll(Map.of("stillimage", "Image", "movingimage", "Audiovisual", "article", "JournalArticle",
        "bachelorthesis", "Dissertation", "masterthesis", "Dissertation", "doctoralthesis", "Dissertation",
        "bookpart", "BookChapter", "conferenceobject", "ConferencePaper", "workingpaper", "Text",
        "contributiontoperiodical", "Text"));
    return Map.copyOf(m);
  }
}
