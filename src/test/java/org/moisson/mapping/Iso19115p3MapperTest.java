package org.moisson.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.moisson.record.Agent;
import org.moisson.record.Dataset;
import org.moisson.record.Identifier;
import org.moisson.record.LangText;
import org.moisson.record.Period;
import org.moisson.record.RelatedResource;

/** ISO 19115-3 specifics the fixtures lack: other locales, individuals with an ORCID, parentMetadata, a time period. */
class Iso19115p3MapperTest {
  private static final String RECORD = """
      <mdb:MD_Metadata xmlns:mdb="http://standards.iso.org/iso/19115/-3/mdb/2.0"
          xmlns:mcc="http://standards.iso.org/iso/19115/-3/mcc/1.0" xmlns:lan="http://standards.iso.org/iso/19115/-3/lan/1.0"
          xmlns:cit="http://standards.iso.org/iso/19115/-3/cit/2.0" xmlns:mri="http://standards.iso.org/iso/19115/-3/mri/1.0"
          xmlns:gex="http://standards.iso.org/iso/19115/-3/gex/1.0" xmlns:gco="http://standards.iso.org/iso/19115/-3/gco/1.0"
          xmlns:gml="http://www.opengis.net/gml/3.2">
        <mdb:metadataIdentifier><mcc:MD_Identifier><mcc:code><gco:CharacterString>abc</gco:CharacterString></mcc:code>
        </mcc:MD_Identifier></mdb:metadataIdentifier>
        <mdb:defaultLocale><lan:PT_Locale id="EN"><lan:language><lan:LanguageCode codeList="x" codeListValue="eng"/></lan:language>
        </lan:PT_Locale></mdb:defaultLocale>
        <mdb:parentMetadata uuidref="parent-1"/>
        <mdb:metadataScope><mdb:MD_MetadataScope><mdb:resourceScope><mcc:MD_ScopeCode codeList="x" codeListValue="series"/>
        </mdb:resourceScope></mdb:MD_MetadataScope></mdb:metadataScope>
        <mdb:otherLocale><lan:PT_Locale id="FR"><lan:language><lan:LanguageCode codeList="x" codeListValue="fre"/></lan:language>
        </lan:PT_Locale></mdb:otherLocale>
        <mdb:identificationInfo><mri:MD_DataIdentification>
          <mri:citation><cit:CI_Citation>
            <cit:title><gco:CharacterString>Soil moisture</gco:CharacterString>
              <lan:PT_FreeText><lan:textGroup><lan:LocalisedCharacterString locale="#FR">Humidité du sol</lan:LocalisedCharacterString>
              </lan:textGroup></lan:PT_FreeText></cit:title>
            <cit:citedResponsibleParty><cit:CI_Responsibility>
              <cit:role><cit:CI_RoleCode codeList="x" codeListValue="author"/></cit:role>
              <cit:party><cit:CI_Individual><cit:name><gco:CharacterString>Josiah Carberry</gco:CharacterString></cit:name>
                <cit:partyIdentifier><mcc:MD_Identifier><mcc:code><gco:CharacterString>0000-0002-1825-0097</gco:CharacterString>
                </mcc:code><mcc:codeSpace><gco:CharacterString>ORCID</gco:CharacterString></mcc:codeSpace></mcc:MD_Identifier>
                </cit:partyIdentifier></cit:CI_Individual></cit:party>
            </cit:CI_Responsibility></cit:citedResponsibleParty>
          </cit:CI_Citation></mri:citation>
          <mri:abstract><gco:CharacterString>Daily maps.</gco:CharacterString></mri:abstract>
          <mri:extent><gex:EX_Extent><gex:temporalElement><gex:EX_TemporalExtent><gex:extent>
            <gml:TimePeriod gml:id="t"><gml:beginPosition>2010-01-01</gml:beginPosition>
              <gml:endPosition indeterminatePosition="unknown"/></gml:TimePeriod>
          </gex:extent></gex:EX_TemporalExtent></gex:temporalElement></gex:EX_Extent></mri:extent>
          <mri:defaultLocale><lan:PT_Locale><lan:language><lan:LanguageCode codeList="x" codeListValue="eng"/></lan:language>
          </lan:PT_Locale></mri:defaultLocale>
        </mri:MD_DataIdentification></mdb:identificationInfo>
      </mdb:MD_Metadata>""";

  private final Dataset d = new Iso19115p3Mapper().map(RECORD);

  @Test
  void readsTheHeaderWhereIso19115p3PutsIt() {
    assertEquals(List.of(new Identifier(Identifier.Scheme.LOCAL, "abc")), d.identifiers());
    assertEquals("Collection", d.resourceType().general());
    assertEquals(List.of(new RelatedResource("parent-1", null, "IsPartOf", null)), d.related());
    assertEquals(List.of("en"), d.languages());
  }

  @Test
  void translationsThroughOtherLocale() {
    assertEquals(List.of(new LangText("en", "Soil moisture"), new LangText("fr", "Humidité du sol")), d.titles());
  }

  @Test
  void anIndividualWithHisOrcid() {
    Agent a = d.creators().get(0);
    assertEquals("Josiah Carberry", a.name());
    assertEquals("0000-0002-1825-0097", a.orcid());
  }

  @Test
  void anUnknownEndIsOpen() {
    assertEquals(List.of(new Period("2010-01-01", null)), d.temporal());
  }
}
