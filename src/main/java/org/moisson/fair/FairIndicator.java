package org.moisson.fair;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.moisson.record.Dataset;
import org.moisson.record.Distribution;
import org.moisson.record.Identifier;
import org.moisson.record.RelatedResource;

/**
 * The published FAIR indicators, after the FAIRsFAIR data object assessment metrics as F-UJI
 * implements them, restricted to what a catalogue can tell from harvested metadata (nothing is
 * fetched). Each check returns what is missing: empty means met. Ids are public (API, /fair page):
 * never rename one.
 */
public enum FairIndicator {
  F1("F1", Principle.F, 2, FairIndicator::persistentIdentifier),
  F2("F2", Principle.F, 2, FairIndicator::richMetadata),
  F3("F3", Principle.F, 1, d -> d.dataset().distributions().stream().anyMatch(FairIndicator::hasLink)
      ? List.of() : List.of("distribution")),
  F4("F4", Principle.F, 1, FairIndicator::standardProtocol),
  A1("A1", Principle.A, 2, FairIndicator::resolvable),
  A1_2("A1.2", Principle.A, 1, d -> d.dataset().accessRights() != null ? List.of() : List.of("accessRights")),
  I1("I1", Principle.I, 1, FairIndicator::formalFormat),
  I2("I2", Principle.I, 1, d -> d.dataset().keywords().stream().anyMatch(k -> isUri(k.uri()))
      ? List.of() : List.of("conceptUri")),
  I3("I3", Principle.I, 1, d -> d.dataset().related().stream().anyMatch(FairIndicator::qualified)
      ? List.of() : List.of("relatedIdentifier")),
  R1_1("R1.1", Principle.R, 2, FairIndicator::machineReadableLicence),
  R1_2("R1.2", Principle.R, 1, FairIndicator::provenance),
  R1_3("R1.3", Principle.R, 1, FairIndicator::communityStandard),
  R1_3_D("R1.3-D", Principle.R, 1, d -> d.dataset().distributions().stream()
      .anyMatch(x -> notBlank(x.format()) || notBlank(x.mediaType())) ? List.of() : List.of("dataFormat"));

  /** The four FAIR principles. */
  public enum Principle { F, A, I, R }

  /** Harvest protocols that are open, documented standards (the demo loader is not one). */
  static final Set<String> STANDARD_PROTOCOLS = Set.of("oai-pmh", "csw", "dcat", "ckan", "datacite", "dataverse",
      "stac", "schemaorg");
  /** Metadata formats with a published schema or vocabulary (a knowledge representation language). */
  static final Set<String> FORMAL_FORMATS = Set.of("datacite", "datacite-json", "iso19139", "iso19115-3", "dcat",
      "schemaorg", "oai_dc", "csw-record", "stac-collection");
  /** Community metadata standards of research data: DataCite, ISO 19115 (INSPIRE), DCAT-AP, STAC. */
  static final Set<String> COMMUNITY_FORMATS = Set.of("datacite", "datacite-json", "iso19139", "iso19115-3", "dcat",
      "stac-collection");
  private static final Set<Identifier.Scheme> PERSISTENT = Set.of(Identifier.Scheme.DOI, Identifier.Scheme.HANDLE,
      Identifier.Scheme.ARK, Identifier.Scheme.URN);
  /** Google Dataset Search's lower bound for a description: shorter ones say too little to find the data by. */
  private static final int MIN_DESCRIPTION = 50;

  private final String id;
  private final Principle principle;
  private final int weight;
  private final Function<FairInput, List<String>> check;

  FairIndicator(String id, Principle principle, int weight, Function<FairInput, List<String>> check) {
    this.id = id;
    this.principle = principle;
    this.weight = weight;
    this.check = check;
  }

  public String id() {
    return id;
  }

  public Principle principle() {
    return principle;
  }

  public int weight() {
    return weight;
  }

  /** The key of the indicator's labels in the message bundle: {@code fair.<key>.name|what|ok|fix}. */
  public String messageKey() {
    return id.toLowerCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  /** What the dataset lacks for this indicator (codes of fields or facts); empty when met. */
  public List<String> missing(FairInput input) {
    return check.apply(input);
  }

  private static List<String> standardProtocol(FairInput in) {
    return in.protocols().stream().anyMatch(STANDARD_PROTOCOLS::contains) ? List.of() : List.of("protocol");
  }

  private static List<String> formalFormat(FairInput in) {
    return in.formats().stream().anyMatch(FORMAL_FORMATS::contains) ? List.of() : List.of("format");
  }

  private static List<String> communityStandard(FairInput in) {
    return in.formats().stream().anyMatch(COMMUNITY_FORMATS::contains) ? List.of() : List.of("communityStandard");
  }

  private static List<String> persistentIdentifier(FairInput in) {
    return in.dataset().identifiers().stream().anyMatch(i -> PERSISTENT.contains(i.scheme()))
        ? List.of() : List.of("persistentIdentifier");
  }

  private static List<String> richMetadata(FairInput in) {
    Dataset d = in.dataset();
    List<String> missing = new ArrayList<>();
    if (d.titles().isEmpty()) missing.add("title");
    String description = d.description(null);
    if (description == null || description.strip().length() < MIN_DESCRIPTION) missing.add("description");
    if (d.creators().isEmpty()) missing.add("creator");
    if (d.keywords().isEmpty() && d.themes().isEmpty()) missing.add("keyword");
    if (d.year() == null) missing.add("date");
    if (d.spatial().footprints().isEmpty() && d.spatial().places().isEmpty() && d.temporal().isEmpty()) {
      missing.add("coverage");
    }
    return missing;
  }

  private static List<String> resolvable(FairInput in) {
    Dataset d = in.dataset();
    boolean http = isHttp(d.landingPage()) || d.identifiers().stream().anyMatch(i -> isHttp(i.url()))
        || d.distributions().stream().anyMatch(x -> isHttp(x.accessUrl()) || isHttp(x.downloadUrl()));
    return http ? List.of() : List.of("landingPage");
  }

  private static List<String> machineReadableLicence(FairInput in) {
    var l = in.dataset().licence();
    return l != null && (l.id() != null || isUri(l.uri())) ? List.of() : List.of("licence");
  }

  private static List<String> provenance(FairInput in) {
    Dataset d = in.dataset();
    List<String> missing = new ArrayList<>();
    if (d.creators().isEmpty()) missing.add("creator");
    if (d.publisher() == null) missing.add("publisher");
    if (d.issued() == null && d.dates().isEmpty()) missing.add("date");
    return missing;
  }

  private static boolean qualified(RelatedResource r) {
    return notBlank(r.identifier()) && notBlank(r.relationType())
        && (notBlank(r.identifierType()) || Identifier.parse(r.identifier()).scheme() != Identifier.Scheme.LOCAL);
  }

  private static boolean hasLink(Distribution x) {
    return notBlank(x.accessUrl()) || notBlank(x.downloadUrl());
  }

  static boolean isHttp(String url) {
    if (url == null) return false;
    String u = url.strip().toLowerCase(Locale.ROOT);
    return (u.startsWith("http://") || u.startsWith("https://")) && u.length() > 10;
  }

  private static boolean isUri(String s) {
    if (s == null) return false;
    String u = s.strip().toLowerCase(Locale.ROOT);
    return u.startsWith("http://") || u.startsWith("https://") || u.startsWith("urn:");
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }
}
