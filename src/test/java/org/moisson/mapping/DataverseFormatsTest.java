package org.moisson.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.moisson.record.Agent;
import org.moisson.record.Dataset;
import org.moisson.record.Distribution;
import org.moisson.record.Keyword;
import org.moisson.record.RelatedResource;

/**
 * One Dataverse dataset, two exports: the native JSON (datasetJson.json) and the DataCite XML
 * (dataCiteXml.xml) of the same export set must give the same record where both carry a field.
 *
 * <p>Known, justified differences (each asserted below, so a change on either side shows):
 * <ul>
 *   <li>issued: DataCite states only publicationYear ("2024"), the native JSON the day; the years agree.
 *   <li>modified: DataCite's Updated date is the day, the native lastUpdateTime the instant.
 *   <li>creator and contact kind, given and family names: Dataverse's DataCite exporter splits
 *       "Durbin, Philip" and calls every author Personal (even "IQSS"); the native JSON says neither,
 *       and Moisson does not guess: kind is PERSON only with an ORCID.
 *   <li>subject scheme: the native JSON knows a subject from a keyword ("Dataverse subject"); the
 *       DataCite export drops the distinction. Labels agree, in the same order.
 *   <li>licence label: "CC0 1.0" (native name) against the DataCite rights text; SPDX id and URI agree.
 *   <li>related DOI: the DataCite export upper-cases it; equal ignoring case.
 *   <li>funding: same funders and award, in another order.
 *   <li>distributions: DataCite lists formats only; the native files add names and sizes. Media types agree.
 *   <li>the minimal DataCite export drops licence, subject and version (see {@link DataverseExportsTest}).
 * </ul>
 */
class DataverseFormatsTest {
  private static Dataset nativeJson(String set) {
    return new DataverseJsonMapper().map(read(set, "datasetJson.json"));
  }

  private static Dataset dataCite(String set) {
    return new DataCiteMapper().map(read(set, "dataCiteXml.xml"));
  }

  private static String read(String set, String file) {
    return GoldenFiles.read(GoldenFiles.fixture("datacite-dataverse/dataverse/" + set + "/" + file));
  }

  @ParameterizedTest
  @ValueSource(strings = {"export-set-max", "export-set-minimal"})
  void bothFormatsGiveTheSameCoreRecord(String set) {
    Dataset n = nativeJson(set);
    Dataset d = dataCite(set);
    assertEquals(d.titles(), n.titles());
    assertNotNull(n.doi());
    assertEquals(d.doi(), n.doi());
    assertEquals(d.identifiers(), n.identifiers());
    assertEquals(d.landingPage(), n.landingPage());
    assertEquals(d.descriptions(), n.descriptions());
    assertEquals(names(d.creators()), names(n.creators()));
    assertEquals(d.creators().stream().map(Agent::orcid).toList(), n.creators().stream().map(Agent::orcid).toList());
    assertEquals(d.creators().stream().map(Agent::affiliations).toList(), n.creators().stream().map(Agent::affiliations).toList());
    assertEquals(d.publisher(), n.publisher());
    assertEquals(d.year(), n.year());
    assertEquals(d.issued(), n.issued().substring(0, 4));
    assertEquals(d.resourceType(), n.resourceType());
    if (d.version() != null) assertEquals(d.version(), n.version());
    assertEquals(d.temporal(), n.temporal());
    assertEquals(d.spatial(), n.spatial());
    assertEquals(names(d.contributors()), names(n.contributors()));
    assertEquals(d.contributors().stream().map(Agent::role).toList(), n.contributors().stream().map(Agent::role).toList());
  }

  @Test
  void keywordsLicenceRelatedFundingAndFilesAgreeWhereBothCarryThem() {
    Dataset n = nativeJson("export-set-max");
    Dataset d = dataCite("export-set-max");
    assertEquals(d.keywords().stream().map(Keyword::label).toList(), n.keywords().stream().map(Keyword::label).toList());
    assertEquals(List.of("Dataverse subject", "Dataverse subject"),
        n.keywords().stream().map(Keyword::scheme).filter(s -> s != null).toList());
    assertEquals(d.licence().id(), n.licence().id());
    assertEquals(d.licence().uri(), n.licence().uri());
    assertEquals(d.accessRights(), n.accessRights());
    assertEquals(lower(d.related()), lower(n.related()));
    assertEquals(new HashSet<>(d.funding()), new HashSet<>(n.funding()));
    assertEquals(mediaTypes(d.distributions()), mediaTypes(n.distributions()));
    assertEquals(d.modified(), n.modified().substring(0, 10));
  }

  @Test
  void theNativeJsonCarriesWhatTheMinimalDataCiteExportDrops() {
    Dataset n = nativeJson("export-set-minimal");
    Dataset d = dataCite("export-set-minimal");
    assertNull(d.licence());
    assertEquals("CC0-1.0", n.licence().id());
    assertEquals(List.of(), d.keywords());
    assertEquals(List.of(new Keyword("Other", "Dataverse subject", null)), n.keywords());
    assertNull(d.version());
    assertEquals("1.0", n.version());
  }

  private static List<String> names(List<Agent> agents) {
    return agents.stream().map(Agent::name).toList();
  }

  private static Set<String> mediaTypes(List<Distribution> ds) {
    return ds.stream().map(Distribution::mediaType).collect(Collectors.toSet());
  }

  private static List<RelatedResource> lower(List<RelatedResource> rs) {
    return rs.stream().map(r -> new RelatedResource(r.identifier().toLowerCase(Locale.ROOT), r.identifierType(),
        r.relationType(), r.resourceType())).toList();
  }
}
