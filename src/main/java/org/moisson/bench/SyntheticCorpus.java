package org.moisson.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.moisson.harvest.RawRecord;

/**
 * A deterministic corpus of DataCite kernel-4 records shaped like a national catalogue's: mostly
 * datasets, 1–6 creators (some with ORCID and a ROR affiliation), 3–15 subjects with a Zipf-like
 * popularity (GCMD paths among them), ~200 publishers (Zipf), French and English prose of 200–3000
 * characters, licences, boxes and points mostly over France and Europe (some global, some across the
 * antimeridian) and temporal coverage for ~60% of records. Record i depends only on (seed, i), so a
 * corpus streams from any position and two runs hold the same records.
 */
public final class SyntheticCorpus {
  public static final String FORMAT = "datacite";
  private static final String[] TYPES = {"Dataset", "Collection", "Software", "Image", "Text", "PhysicalObject", "Other"};
  private static final int[] TYPE_WEIGHTS = {85, 4, 3, 3, 2, 2, 1};
  private static final String[] FORMATS = {"text/csv", "application/x-netcdf", "application/zip", "image/tiff",
      "application/pdf", "text/plain", "application/json"};
  private static final String[] FUNDERS = {"Agence Nationale de la Recherche", "European Commission", "CNES",
      "Région Bretagne", "Horizon Europe", "Office français de la biodiversité"};
  private static final String[] RELATIONS = {"IsCitedBy", "IsSupplementTo", "References", "IsPartOf", "IsDerivedFrom"};

  final CorpusWords words;
  private final CorpusText text;
  private final CorpusGeo geo;
  private final Zipf subjects;
  private final Zipf publishers;
  private final long seed;

  public SyntheticCorpus(long seed) {
    this.seed = seed;
    this.words = CorpusWords.load(seed);
    this.text = new CorpusText(words);
    this.geo = new CorpusGeo(words.places);
    this.subjects = new Zipf(words.subjects.size(), 0.85);
    this.publishers = new Zipf(words.publishers.size(), 1.0);
  }

  /** Records [from, to), generated one at a time as the stream is consumed. */
  public Stream<RawRecord> records(long from, long to) {
    return LongStream.range(from, to).mapToObj(this::record);
  }

  public RawRecord record(long i) {
    return new RawRecord("oai:bench.moisson.invalid:" + i, FORMAT, payload(i), "2025-06-01T00:00:00Z", false,
        "https://bench.moisson.invalid/record/" + i);
  }

  /** The DataCite XML of record i. */
  String payload(long i) {
    SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
    boolean fr = r.nextInt(100) < 40;
    boolean bilingual = r.nextInt(100) < 15;
    String lang = fr ? "fr" : "en";
    int publisher = publishers.next(r);
    int year = 2026 - (int) (37 * Math.pow(r.nextDouble(), 1.8));
    List<CorpusWords.Subject> subj = subjects(r);
    List<String> terms = subj.stream().map(s -> s.gcmd() ? leaf(s.label()) : s.label()).toList();
    CorpusWords.Place place = r.nextInt(100) < 80 ? geo.place(r) : null;

    XmlText x = new XmlText().declaration().open("resource", "xmlns", "http://datacite.org/schema/kernel-4",
        "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance", "xsi:schemaLocation",
        "http://datacite.org/schema/kernel-4 https://schema.datacite.org/meta/kernel-4.5/metadata.xsd");
    x.element("identifier", "10." + (5000 + publisher) + "/bench." + Long.toString(i, 36), "identifierType", "DOI");
    CorpusAgents.creators(x, r, words);
    x.open("titles").element("title", text.title(r, fr, place == null ? null : place.name(), year), "xml:lang", lang);
    if (bilingual) {
      x.element("title", text.title(r, !fr, null, year), "titleType", "TranslatedTitle", "xml:lang", fr ? "en" : "fr");
    }
    x.close("titles");
    x.element("publisher", words.publishers.get(publisher), "xml:lang", "fr");
    x.element("publicationYear", Integer.toString(year));
    String type = pick(r, TYPES, TYPE_WEIGHTS);
    x.element("resourceType", type.equals("Dataset") ? "Dataset" : type.toLowerCase(Locale.ROOT), "resourceTypeGeneral", type);
    subjects(x, r, subj);
    if (r.nextInt(100) < 30) CorpusAgents.contributors(x, r, words);
    dates(x, r, year);
    x.element("language", lang);
    related(x, r, i);
    x.open("sizes").element("size", (1 + r.nextInt(900)) + " MB").close("sizes");
    x.open("formats");
    for (int f = 0, n = 1 + r.nextInt(3); f < n; f++) x.element("format", FORMATS[(int) ((i + f) % FORMATS.length)]);
    x.close("formats");
    if (r.nextInt(100) < 60) x.element("version", "1." + r.nextInt(4));
    CorpusAgents.rights(x, r);
    x.open("descriptions");
    int length = 200 + (int) (2800 * Math.pow(r.nextDouble(), 1.6));
    x.element("description", text.prose(r, fr, length, terms), "descriptionType", "Abstract", "xml:lang", lang);
    if (bilingual) {
      x.element("description", text.prose(r, !fr, 200 + r.nextInt(600), terms), "descriptionType", "Abstract",
          "xml:lang", fr ? "en" : "fr");
    }
    if (r.nextInt(100) < 30) {
      x.element("description", text.prose(r, fr, 150 + r.nextInt(500), List.of()), "descriptionType", "Methods",
          "xml:lang", lang);
    }
    x.close("descriptions");
    if (place != null) geo.write(x, r, place);
    if (r.nextInt(100) < 25) funding(x, r);
    return x.close("resource").toString();
  }

  private List<CorpusWords.Subject> subjects(SplittableRandom r) {
    int n = 3 + Math.min(12, (int) (-Math.log(1 - r.nextDouble()) * 4));
    Set<CorpusWords.Subject> out = new LinkedHashSet<>();
    for (int tries = 0; out.size() < n && tries < 4 * n; tries++) out.add(words.subjects.get(subjects.next(r)));
    return new ArrayList<>(out);
  }

  private static void subjects(XmlText x, SplittableRandom r, List<CorpusWords.Subject> subjects) {
    x.open("subjects");
    for (CorpusWords.Subject s : subjects) {
      if (s.gcmd()) {
        x.element("subject", s.label(), "subjectScheme", "GCMD Science Keywords",
            "schemeURI", "https://gcmd.earthdata.nasa.gov/kms/concepts/concept_scheme/sciencekeywords",
            "valueURI", "https://gcmd.earthdata.nasa.gov/kms/concept/" + uuid(s.label()));
      } else {
        x.element("subject", s.label(), "xml:lang", r.nextInt(100) < 40 ? (r.nextBoolean() ? "en" : "fr") : null);
      }
    }
    x.close("subjects");
  }

  /** Issued always; coverage (a period) for ~60%; collected for some. */
  private static void dates(XmlText x, SplittableRandom r, int year) {
    x.open("dates");
    x.element("date", String.format(Locale.ROOT, "%d-%02d-%02d", year, 1 + r.nextInt(12), 1 + r.nextInt(28)),
        "dateType", "Issued");
    if (r.nextInt(100) < 60) {
      int start = Math.max(1950, year - 1 - (int) (30 * Math.pow(r.nextDouble(), 2)));
      int end = Math.min(year, start + (int) (12 * Math.pow(r.nextDouble(), 1.5)));
      int precision = r.nextInt(10);
      String period = precision < 7
          ? String.format(Locale.ROOT, "%d-%02d-%02d/%d-%02d-%02d", start, 1 + r.nextInt(6), 1 + r.nextInt(28), end,
              7 + r.nextInt(6), 1 + r.nextInt(28))
          : precision < 9 ? start + "/" + end : String.format(Locale.ROOT, "%d-%02d/", start, 1 + r.nextInt(12));
      x.element("date", period, "dateType", "Coverage");
      if (r.nextInt(100) < 20) x.element("date", period, "dateType", "Collected");
    }
    x.close("dates");
  }

  private static void related(XmlText x, SplittableRandom r, long i) {
    if (r.nextInt(100) >= 40) return;
    x.open("relatedIdentifiers");
    for (int k = 0, n = 1 + r.nextInt(3); k < n; k++) {
      x.element("relatedIdentifier", "10.1016/j.bench." + (i * 7 + k) % 100_000, "relatedIdentifierType", "DOI",
          "relationType", RELATIONS[r.nextInt(RELATIONS.length)], "resourceTypeGeneral", "JournalArticle");
    }
    x.close("relatedIdentifiers");
  }

  private static void funding(XmlText x, SplittableRandom r) {
    x.open("fundingReferences").open("fundingReference");
    x.element("funderName", FUNDERS[r.nextInt(FUNDERS.length)]);
    x.element("awardNumber", String.format(Locale.ROOT, "ANR-%02d-CE%02d-%04d", 10 + r.nextInt(15), 1 + r.nextInt(50),
        r.nextInt(10_000)));
    x.close("fundingReference").close("fundingReferences");
  }

  static String pick(SplittableRandom r, String[] values, int[] weights) {
    int total = 0;
    for (int w : weights) total += w;
    int n = r.nextInt(total);
    for (int k = 0; k < values.length; k++) {
      n -= weights[k];
      if (n < 0) return values[k];
    }
    return values[values.length - 1];
  }

  private static String leaf(String path) {
    return CorpusWords.capitalise(path.substring(path.lastIndexOf('>') + 1).strip());
  }

  /** A stable UUID-shaped id for a label, as GCMD concept URIs have. */
  private static String uuid(String label) {
    return java.util.UUID.nameUUIDFromBytes(label.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
  }
}
