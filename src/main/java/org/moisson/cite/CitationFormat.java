package org.moisson.cite;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import org.moisson.record.Dataset;

/**
 * The citation downloads of a dataset page: {@code /datasets/{id}/cite.<suffix>}.
 *
 * <pre>{@code
 * CitationFormat.bySuffix("bib").orElseThrow().write(dataset, id, pageUrl);
 * }</pre>
 */
public enum CitationFormat {
  BIBTEX("bib", "application/x-bibtex; charset=UTF-8", "BibTeX", BibTex::write),
  RIS("ris", "application/x-research-info-systems; charset=UTF-8", "RIS", Ris::write),
  DATACITE("xml", "application/vnd.datacite.datacite+xml; charset=UTF-8", "DataCite XML", DataCiteXml::write),
  CSL_JSON("csl.json", "application/vnd.citationstyles.csl+json; charset=UTF-8", "CSL-JSON", CslJson::write);

  private final String suffix;
  private final String mediaType;
  private final String label;
  private final Function<CiteFields, String> writer;

  CitationFormat(String suffix, String mediaType, String label, Function<CiteFields, String> writer) {
    this.suffix = suffix;
    this.mediaType = mediaType;
    this.label = label;
    this.writer = writer;
  }

  public String suffix() {
    return suffix;
  }

  public String mediaType() {
    return mediaType;
  }

  public String label() {
    return label;
  }

  public String write(Dataset d, String id, String pageUrl) {
    return writer.apply(new CiteFields(d, id, pageUrl));
  }

  /** The download's file name, e.g. {@code 10.82433_b09z-4k37.bib}. */
  public String fileName(Dataset d, String id) {
    return new CiteFields(d, id, null).fileStem() + "." + suffix;
  }

  public static Optional<CitationFormat> bySuffix(String suffix) {
    return Arrays.stream(values()).filter(f -> f.suffix.equals(suffix)).findFirst();
  }
}
