package org.moisson.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.moisson.record.Agent;
import org.moisson.record.BoundingBox;
import org.moisson.record.Dataset;
import org.moisson.record.Funding;
import org.moisson.record.Identifier;
import org.moisson.record.Keyword;
import org.moisson.record.LangText;
import org.moisson.record.Period;
import org.moisson.record.RelatedResource;
import org.moisson.record.TypedDate;

/** What the fixtures lack: translations, anchors, DOIs, GML 3.2 instants, roles, hostile links. Small records written here. */
class IsoMetadataTest {
  private static final String NS = "xmlns:gmd=\"http://www.isotc211.org/2005/gmd\" xmlns:gco=\"http://www.isotc211.org/2005/gco\""
      + " xmlns:gmx=\"http://www.isotc211.org/2005/gmx\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
      + " xmlns:gml=\"http://www.opengis.net/gml/3.2\" xmlns:srv=\"http://www.isotc211.org/2005/srv\"";

  private static String cs(String s) {
    return "<gco:CharacterString>" + s + "</gco:CharacterString>";
  }

  private static String party(String element, String person, String org, String role) {
    return "<gmd:" + element + "><gmd:CI_ResponsibleParty>"
        + (person == null ? "" : "<gmd:individualName>" + person + "</gmd:individualName>")
        + (org == null ? "" : "<gmd:organisationName>" + cs(org) + "</gmd:organisationName>")
        + "<gmd:role><gmd:CI_RoleCode codeList=\"x\" codeListValue=\"" + role + "\"/></gmd:role>"
        + "</gmd:CI_ResponsibleParty></gmd:" + element + ">";
  }

  /** A French record with English translations, the way GeoNetwork writes multilingual ISO 19139. */
  static String record(String scope, String identification) {
    return "<gmd:MD_Metadata " + NS + ">"
        + "<gmd:fileIdentifier>" + cs("rec-1") + "</gmd:fileIdentifier>"
        + "<gmd:language><gmd:LanguageCode codeList=\"x\" codeListValue=\"fre\"/></gmd:language>"
        + "<gmd:parentIdentifier>" + cs("parent-uuid") + "</gmd:parentIdentifier>"
        + "<gmd:hierarchyLevel><gmd:MD_ScopeCode codeList=\"x\" codeListValue=\"" + scope + "\"/></gmd:hierarchyLevel>"
        + "<gmd:contact>" + party("x", null, "Metadata desk", "pointOfContact").replace("<gmd:x>", "").replace("</gmd:x>", "")
        + "</gmd:contact>"
        + "<gmd:locale><gmd:PT_Locale id=\"EN\"><gmd:languageCode><gmd:LanguageCode codeList=\"x\" codeListValue=\"eng\"/>"
        + "</gmd:languageCode></gmd:PT_Locale></gmd:locale>"
        + "<gmd:identificationInfo>" + identification + "</gmd:identificationInfo>"
        + "<gmd:distributionInfo><gmd:MD_Distribution>"
        + "<gmd:distributionFormat><gmd:MD_Format><gmd:name>" + cs("NetCDF") + "</gmd:name></gmd:MD_Format></gmd:distributionFormat>"
        + "<gmd:distributor><gmd:MD_Distributor>" + party("distributorContact", null, "Data Centre", "distributor")
        + "</gmd:MD_Distributor></gmd:distributor>"
        + "<gmd:transferOptions><gmd:MD_DigitalTransferOptions>"
        + link("https://data.example.org/sst.nc", "WWW:DOWNLOAD-1.0-http--download", "Fichier", "download")
        + link("https://example.org/sst", "WWW:LINK", "Page", "information")
        + link("javascript:alert(1)", "WWW:LINK", "Piège", "information")
        + link("https://maps.example.org/wms", "OGC:WMS", null, null)
        + "</gmd:MD_DigitalTransferOptions></gmd:transferOptions>"
        + "</gmd:MD_Distribution></gmd:distributionInfo>"
        + "<gmd:dataQualityInfo><gmd:DQ_DataQuality><gmd:lineage><gmd:LI_Lineage><gmd:statement>" + cs("Processed")
        + "</gmd:statement></gmd:LI_Lineage></gmd:lineage></gmd:DQ_DataQuality></gmd:dataQualityInfo>"
        + "</gmd:MD_Metadata>";
  }

  private static String link(String url, String protocol, String name, String function) {
    return "<gmd:onLine><gmd:CI_OnlineResource><gmd:linkage><gmd:URL>" + url + "</gmd:URL></gmd:linkage>"
        + (protocol == null ? "" : "<gmd:protocol>" + cs(protocol) + "</gmd:protocol>")
        + (name == null ? "" : "<gmd:name>" + cs(name) + "</gmd:name>")
        + (function == null ? "" : "<gmd:function><gmd:CI_OnLineFunctionCode codeList=\"x\" codeListValue=\"" + function
            + "\"/></gmd:function>")
        + "</gmd:CI_OnlineResource></gmd:onLine>";
  }

  static final String IDENTIFICATION = "<gmd:MD_DataIdentification><gmd:citation><gmd:CI_Citation>"
      + "<gmd:title xsi:type=\"gmd:PT_FreeText_PropertyType\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
      + cs("Température de surface") + "<gmd:PT_FreeText><gmd:textGroup>"
      + "<gmd:LocalisedCharacterString locale=\"#EN\">Sea surface temperature</gmd:LocalisedCharacterString>"
      + "</gmd:textGroup></gmd:PT_FreeText></gmd:title>"
      + "<gmd:date><gmd:CI_Date><gmd:date><gco:Date>2020-01-02</gco:Date></gmd:date><gmd:dateType>"
      + "<gmd:CI_DateTypeCode codeList=\"x\" codeListValue=\"publication\">publication</gmd:CI_DateTypeCode></gmd:dateType></gmd:CI_Date></gmd:date>"
      + "<gmd:date><gmd:CI_Date><gmd:date><gco:DateTime>2021-05-06T07:08:09Z</gco:DateTime></gmd:date><gmd:dateType>"
      + "<gmd:CI_DateTypeCode codeList=\"x\" codeListValue=\"revision\"/></gmd:dateType></gmd:CI_Date></gmd:date>"
      + "<gmd:date><gmd:CI_Date><gmd:date><gco:Date>2020-12-01</gco:Date></gmd:date><gmd:dateType>"
      + "<gmd:CI_DateTypeCode codeList=\"x\" codeListValue=\"revision\"/></gmd:dateType></gmd:CI_Date></gmd:date>"
      + "<gmd:date><gmd:CI_Date><gmd:date><gco:Date>2019</gco:Date></gmd:date><gmd:dateType>"
      + "<gmd:CI_DateTypeCode codeList=\"x\" codeListValue=\"creation\"/></gmd:dateType></gmd:CI_Date></gmd:date>"
      + "<gmd:edition>" + cs("v2") + "</gmd:edition>"
      + "<gmd:identifier><gmd:MD_Identifier><gmd:code><gmx:Anchor xlink:href=\"https://doi.org/10.1234/SST.2020\">"
      + "doi:10.1234/sst.2020</gmx:Anchor></gmd:code></gmd:MD_Identifier></gmd:identifier>"
      + "<gmd:identifier><gmd:RS_Identifier><gmd:code>" + cs("SST_2020") + "</gmd:code><gmd:codeSpace>"
      + cs("https://registry.example.org/id/") + "</gmd:codeSpace></gmd:RS_Identifier></gmd:identifier>"
      + party("citedResponsibleParty",
          "<gmx:Anchor xlink:href=\"https://orcid.org/0000-0002-1825-0097\">Carberry, Josiah</gmx:Anchor>",
          "Ifremer", "principalInvestigator")
      + party("citedResponsibleParty", cs("Marie Curie"), null, "author")
      + party("citedResponsibleParty", null, "Agence", "funder")
      + party("citedResponsibleParty", cs("Jean Dupont"), "Ifremer", "processor")
      + "</gmd:CI_Citation></gmd:citation>"
      + "<gmd:abstract>" + cs("Première ligne.\n\n   Deuxième   ligne.") + "</gmd:abstract>"
      + party("pointOfContact", null, "Helpdesk", "pointOfContact")
      + "<gmd:descriptiveKeywords><gmd:MD_Keywords>"
      + "<gmd:keyword><gmx:Anchor xlink:href=\"http://www.eionet.europa.eu/gemet/concept/7495\">océan</gmx:Anchor></gmd:keyword>"
      + "<gmd:keyword>" + cs("température") + "</gmd:keyword>"
      + "<gmd:thesaurusName><gmd:CI_Citation><gmd:title><gmx:Anchor xlink:href=\"http://www.eionet.europa.eu/gemet\">GEMET</gmx:Anchor>"
      + "</gmd:title></gmd:CI_Citation></gmd:thesaurusName></gmd:MD_Keywords></gmd:descriptiveKeywords>"
      + "<gmd:resourceConstraints><gmd:MD_LegalConstraints><gmd:accessConstraints><gmd:MD_RestrictionCode codeList=\"x\""
      + " codeListValue=\"otherRestrictions\"/></gmd:accessConstraints><gmd:otherConstraints><gmx:Anchor xlink:href="
      + "\"http://inspire.ec.europa.eu/metadata-codelist/LimitationsOnPublicAccess/noLimitations\">No limitations</gmx:Anchor>"
      + "</gmd:otherConstraints></gmd:MD_LegalConstraints></gmd:resourceConstraints>"
      + "<gmd:resourceConstraints><gmd:MD_LegalConstraints><gmd:useLimitation>" + cs("Cite the data") + "</gmd:useLimitation>"
      + "<gmd:useConstraints><gmd:MD_RestrictionCode codeList=\"x\" codeListValue=\"otherRestrictions\"/></gmd:useConstraints>"
      + "<gmd:otherConstraints><gmx:Anchor xlink:href=\"https://creativecommons.org/licenses/by/4.0/\">CC-BY 4.0</gmx:Anchor>"
      + "</gmd:otherConstraints></gmd:MD_LegalConstraints></gmd:resourceConstraints>"
      + "<gmd:language><gmd:LanguageCode codeList=\"x\" codeListValue=\"fre\"/></gmd:language>"
      + "<gmd:topicCategory><gmd:MD_TopicCategoryCode>oceans</gmd:MD_TopicCategoryCode></gmd:topicCategory>"
      + "<gmd:extent><gmd:EX_Extent>"
      + "<gmd:geographicElement><gmd:EX_GeographicBoundingBox><gmd:westBoundLongitude><gco:Decimal>-5</gco:Decimal>"
      + "</gmd:westBoundLongitude><gmd:eastBoundLongitude><gco:Decimal>10</gco:Decimal></gmd:eastBoundLongitude>"
      + "<gmd:southBoundLatitude><gco:Decimal>41</gco:Decimal></gmd:southBoundLatitude><gmd:northBoundLatitude>"
      + "<gco:Decimal>51</gco:Decimal></gmd:northBoundLatitude></gmd:EX_GeographicBoundingBox></gmd:geographicElement>"
      + "<gmd:geographicElement><gmd:EX_GeographicBoundingBox><gmd:westBoundLongitude><gco:Decimal>170</gco:Decimal>"
      + "</gmd:westBoundLongitude><gmd:eastBoundLongitude><gco:Decimal>-170</gco:Decimal></gmd:eastBoundLongitude>"
      + "<gmd:southBoundLatitude><gco:Decimal>-20</gco:Decimal></gmd:southBoundLatitude><gmd:northBoundLatitude>"
      + "<gco:Decimal>-10</gco:Decimal></gmd:northBoundLatitude></gmd:EX_GeographicBoundingBox></gmd:geographicElement>"
      + "<gmd:geographicElement><gmd:EX_GeographicBoundingBox><gmd:extentTypeCode><gco:Boolean>false</gco:Boolean>"
      + "</gmd:extentTypeCode><gmd:westBoundLongitude><gco:Decimal>1</gco:Decimal></gmd:westBoundLongitude>"
      + "<gmd:eastBoundLongitude><gco:Decimal>2</gco:Decimal></gmd:eastBoundLongitude><gmd:southBoundLatitude>"
      + "<gco:Decimal>45</gco:Decimal></gmd:southBoundLatitude><gmd:northBoundLatitude><gco:Decimal>46</gco:Decimal>"
      + "</gmd:northBoundLatitude></gmd:EX_GeographicBoundingBox></gmd:geographicElement>"
      + "<gmd:temporalElement><gmd:EX_TemporalExtent><gmd:extent><gml:TimePeriod gml:id=\"p\">"
      + "<gml:begin><gml:TimeInstant gml:id=\"b\"><gml:timePosition>2001-01-01</gml:timePosition></gml:TimeInstant></gml:begin>"
      + "<gml:end><gml:TimeInstant gml:id=\"e\"><gml:timePosition indeterminatePosition=\"now\"/></gml:TimeInstant></gml:end>"
      + "</gml:TimePeriod></gmd:extent></gmd:EX_TemporalExtent></gmd:temporalElement>"
      + "<gmd:temporalElement><gmd:EX_TemporalExtent><gmd:extent><gml:TimeInstant gml:id=\"i\">"
      + "<gml:timePosition>2015-06</gml:timePosition></gml:TimeInstant></gmd:extent></gmd:EX_TemporalExtent></gmd:temporalElement>"
      + "</gmd:EX_Extent></gmd:extent>"
      + "</gmd:MD_DataIdentification>";

  private final Dataset d = new Iso19139Mapper().map(record("dataset", IDENTIFICATION));

  @Test
  void freeTextGivesOneTitlePerLocale() {
    assertEquals(List.of(new LangText("fr", "Température de surface"), new LangText("en", "Sea surface temperature")), d.titles());
    assertEquals("Sea surface temperature", d.title("en"));
  }

  @Test
  void abstractKeepsItsLinesAndFoldsSpaces() {
    assertEquals("Première ligne.\nDeuxième ligne.", d.description("fr"));
  }

  @Test
  void identifiersTakeTheDoiFromTheAnchorAndJoinAnHttpCodeSpace() {
    assertThat(d.identifiers()).containsExactly(Identifier.parse("rec-1"), Identifier.parse("10.1234/sst.2020"),
        Identifier.parse("https://registry.example.org/id/SST_2020"));
    assertEquals("https://doi.org/10.1234/sst.2020", d.landingPage(), "the DOI beats the information page");
    assertEquals(List.of(new RelatedResource("parent-uuid", null, "IsPartOf", null)), d.related());
    assertEquals("v2", d.version());
  }

  @Test
  void datesByType() {
    assertEquals("2020-01-02", d.issued());
    assertEquals("2021-05-06T07:08:09Z", d.modified(), "the latest revision");
    assertThat(d.dates()).containsExactlyInAnyOrder(new TypedDate("Updated", "2020-12-01"), new TypedDate("Created", "2019"));
  }

  @Test
  void rolesDecideCreatorsPublisherFundingAndContributors() {
    Agent pi = d.creators().get(0);
    assertEquals("Carberry, Josiah", pi.name());
    assertEquals(Agent.Kind.PERSON, pi.kind());
    assertEquals("0000-0002-1825-0097", pi.orcid());
    assertEquals(List.of(new Agent.Affiliation("Ifremer", null)), pi.affiliations());
    assertEquals("Marie Curie", d.creators().get(1).name());
    assertEquals(2, d.creators().size());
    assertEquals(new Agent("Data Centre", Agent.Kind.ORGANIZATION, null, null, List.of(), List.of(), null), d.publisher(),
        "no publisher: the first distributor publishes");
    assertEquals(List.of(new Funding("Agence", null, null, null)), d.funding());
    assertThat(d.contributors()).extracting(Agent::name, Agent::role)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Jean Dupont", "processor"),
            org.assertj.core.groups.Tuple.tuple("Helpdesk", "pointOfContact"));
  }

  @Test
  void keywordsCarryThesaurusAndConceptIri() {
    assertThat(d.keywords()).containsExactly(
        new Keyword("océan", "GEMET", "http://www.eionet.europa.eu/gemet/concept/7495"),
        new Keyword("température", "GEMET", null),
        new Keyword("oceans", IsoMetadata.TOPIC_SCHEME, "http://inspire.ec.europa.eu/metadata-codelist/TopicCategory/oceans"));
  }

  @Test
  void licenceFromTheUseBlockAndAccessRightsFromInspire() {
    assertEquals("CC-BY-4.0", d.licence().id());
    assertEquals("https://creativecommons.org/licenses/by/4.0/", d.licence().uri());
    assertEquals("http://inspire.ec.europa.eu/metadata-codelist/LimitationsOnPublicAccess/noLimitations", d.accessRights());
  }

  @Test
  void boxesAcrossTheAntimeridianAndExclusionsLeftOut() {
    assertEquals(List.of(new BoundingBox(-5, 41, 10, 51), new BoundingBox(170, -20, -170, -10)), d.spatial().boxes());
  }

  @Test
  void gml32InstantsAndOpenEnds() {
    assertEquals(List.of(new Period("2001-01-01", null), new Period("2015-06", "2015-06")), d.temporal());
  }

  @Test
  void linksBecomeDistributionsAndAHostileOneIsDropped() {
    assertThat(d.distributions()).extracting(x -> x.accessUrl())
        .containsExactly("https://data.example.org/sst.nc", "https://example.org/sst", "https://maps.example.org/wms");
    assertEquals("https://data.example.org/sst.nc", d.distributions().get(0).downloadUrl());
    assertEquals("Fichier", d.distributions().get(0).title());
    assertNull(d.distributions().get(1).downloadUrl());
    assertEquals("OGC:WMS", d.distributions().get(2).format());
  }

  @Test
  void anInformationPageIsTheLandingPageWhenThereIsNoDoi() {
    String noDoi = IDENTIFICATION.replace("https://doi.org/10.1234/SST.2020", "https://example.org/x")
        .replace("doi:10.1234/sst.2020", "local-code");
    assertEquals("https://example.org/sst", new Iso19139Mapper().map(record("dataset", noDoi)).landingPage());
  }

  @Test
  void scopeCodesBecomeResourceTypes() {
    assertEquals("Collection", new Iso19139Mapper().map(record("series", IDENTIFICATION)).resourceType().general());
    assertEquals("Service", new Iso19139Mapper().map(record("service", IDENTIFICATION)).resourceType().general());
    assertEquals("Software", new Iso19139Mapper().map(record("software", IDENTIFICATION)).resourceType().general());
    assertEquals("Other", new Iso19139Mapper().map(record("featureType", IDENTIFICATION)).resourceType().general());
    assertEquals("featureType", new Iso19139Mapper().map(record("featureType", IDENTIFICATION)).resourceType().detail());
  }

  @Test
  void languagesOfTheResource() {
    assertEquals(List.of("fr"), d.languages());
  }

  @Test
  void aRecordWithoutTitleOrIdentificationIsAMappingError() {
    MappingException e = assertThrows(MappingException.class,
        () -> new Iso19139Mapper().map(record("dataset", "<gmd:MD_DataIdentification/>")));
    assertThat(e.getMessage()).contains("no title");
    e = assertThrows(MappingException.class, () -> new Iso19139Mapper().map(
        record("dataset", IDENTIFICATION).replaceFirst("(?s)<gmd:identificationInfo>.*</gmd:identificationInfo>", "")));
    assertThat(e.getMessage()).contains("no identificationInfo");
    e = assertThrows(MappingException.class, () -> new Iso19139Mapper().map("<gmd:MD_Metadata " + NS + ">"));
    assertThat(e.getMessage()).contains("not well-formed");
  }
}
