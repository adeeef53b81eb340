package org.moisson.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.moisson.record.BoundingBox;
import org.moisson.record.Dataset;
import org.moisson.xml.SafeXml;

/** ows:BoundingBox axis order by CRS, links, summary records and envelopes. */
class CswRecordMapperTest {
  private static final String NS = "xmlns:csw=\"http://www.opengis.net/cat/csw/2.0.2\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
      + " xmlns:dct=\"http://purl.org/dc/terms/\" xmlns:ows=\"http://www.opengis.net/ows\"";
  private final CswRecordMapper mapper = new CswRecordMapper();

  /** France, written in each CRS's axis order. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "urn:ogc:def:crs:EPSG::4326|41 -5|51 10",
      "urn:x-ogc:def:crs:EPSG:6.11:4326|41 -5|51 10",
      "http://www.opengis.net/def/crs/EPSG/0/4326|41 -5|51 10",
      "EPSG:4326|41 -5|51 10",
      "urn:ogc:def:crs:OGC:1.3:CRS84|-5 41|10 51",
      "|-5 41|10 51"})
  void boxCornersFollowTheAxisOrderOfTheirCrs(String crs, String lower, String upper) {
    String box = "<ows:BoundingBox " + NS + (crs == null ? "" : " crs=\"" + crs + "\"") + "><ows:LowerCorner>" + lower
        + "</ows:LowerCorner><ows:UpperCorner>" + upper + "</ows:UpperCorner></ows:BoundingBox>";
    assertEquals(new BoundingBox(-5, 41, 10, 51),
        CswRecordMapper.box(SafeXml.parse(box).getDocumentElement(), crs));
  }

  @Test
  void aProjectedBoxIsLeftOut() {
    String box = "<ows:BoundingBox " + NS + " crs=\"EPSG:2154\"><ows:LowerCorner>100000 6000000</ows:LowerCorner>"
        + "<ows:UpperCorner>1200000 7100000</ows:UpperCorner></ows:BoundingBox>";
    assertNull(CswRecordMapper.box(SafeXml.parse(box).getDocumentElement(), "EPSG:2154"));
  }

  @Test
  void aSummaryRecordInAGetRecordByIdAnswer() {
    String answer = "<csw:GetRecordByIdResponse " + NS + "><csw:SummaryRecord>"
        + "<dc:identifier>id-1</dc:identifier><dc:title>Bathymetry</dc:title><dc:type>series</dc:type>"
        + "<dct:modified>2024-02-03</dct:modified><dct:abstract>Grids.</dct:abstract>"
        + "<dct:references scheme=\"OGC:WMS\">https://maps.example.org/wms</dct:references>"
        + "<dct:references scheme=\"WWW:LINK\">javascript:alert(1)</dct:references>"
        + "<ows:WGS84BoundingBox><ows:LowerCorner>-5 41</ows:LowerCorner><ows:UpperCorner>10 51</ows:UpperCorner></ows:WGS84BoundingBox>"
        + "<dc:rights>https://creativecommons.org/publicdomain/zero/1.0/</dc:rights>"
        + "</csw:SummaryRecord></csw:GetRecordByIdResponse>";
    Dataset d = mapper.map(answer);
    assertEquals("Bathymetry", d.title(null));
    assertEquals("Collection", d.resourceType().general(), "an ISO scope code in dc:type");
    assertEquals("2024-02-03", d.modified());
    assertEquals(List.of(new BoundingBox(-5, 41, 10, 51)), d.spatial().boxes());
    assertEquals(1, d.distributions().size());
    assertEquals("OGC:WMS", d.distributions().get(0).format());
    assertEquals("CC0-1.0", d.licence().id());
  }

  @Test
  void anOaiDcRecordIsNotACswRecord() {
    String oaiDc = "<oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\""
        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>T</dc:title></oai_dc:dc>";
    MappingException e = assertThrows(MappingException.class, () -> mapper.map(oaiDc));
    assertTrue(e.getMessage().contains("no CSW record"), e.getMessage());
  }
}
