package org.moisson.record;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A persistent or local identifier, normalised so that the same DOI written two ways is equal. */
public record Identifier(Scheme scheme, String value) {

  public enum Scheme { DOI, HANDLE, ARK, URL, URN, ORCID, ROR, LOCAL }

  private static final Pattern DOI = Pattern.compile(
      "^(?:doi:|(?:https?://)?(?:dx\\.)?doi\\.org/|info:doi/)?\\s*(10\\.\\d{3,9}/\\S+)$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern HANDLE = Pattern.compile(
      "^(?:hdl:|(?:https?://)?hdl\\.handle\\.net/)(\\d[\\d.]*/\\S+)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern ARK = Pattern.compile("^(?:https?://[^/]+/)?(ark:/?\\d{5,}/\\S+)$",
      Pattern.CASE_INSENSITIVE);

  public Identifier {
    if (scheme == null || value == null || value.isBlank()) {
      throw new IllegalArgumentException("identifier needs a scheme and a value");
    }
    value = value.strip();
  }

  /**
   * Recognises the scheme of a written identifier ("doi:10.1/x", "https://doi.org/10.1/X",
   * "hdl:1902.1/123", an URL…) and normalises it; DOIs are case-insensitive so they are lower-cased.
   * Returns null for a blank string.
   */
  public static Identifier parse(String text) {
    if (text == null || text.isBlank()) return null;
    String t = text.strip();
    Matcher m = DOI.matcher(t);
    if (m.matches()) return new Identifier(Scheme.DOI, m.group(1).toLowerCase(Locale.ROOT));
    m = HANDLE.matcher(t);
    if (m.matches()) return new Identifier(Scheme.HANDLE, m.group(1));
    m = ARK.matcher(t);
    if (m.matches()) return new Identifier(Scheme.ARK, m.group(1).replace("ark:/", "ark:"));
    if (t.startsWith("urn:") || t.startsWith("URN:")) return new Identifier(Scheme.URN, t);
    if (t.startsWith("http://") || t.startsWith("https://")) return new Identifier(Scheme.URL, t);
    return new Identifier(Scheme.LOCAL, t);
  }

  /** Like {@link #parse} but trusts a declared type (DataCite identifierType, say) when it names one. */
  public static Identifier parse(String text, String declaredType) {
    Identifier id = parse(text);
    if (id == null || declaredType == null) return id;
    String type = declaredType.strip().toUpperCase(Locale.ROOT);
    if (type.equals("DOI") && id.scheme != Scheme.DOI) {
      return new Identifier(Scheme.DOI, id.value.toLowerCase(Locale.ROOT));
    }
    if (type.equals("HANDLE") && id.scheme == Scheme.LOCAL) return new Identifier(Scheme.HANDLE, id.value);
    return id;
  }

  /** A resolvable link for the identifier, or null when it has none. */
  public String url() {
    return switch (scheme) {
      case DOI -> "https://doi.org/" + value;
      case HANDLE -> "https://hdl.handle.net/" + value;
      case ARK -> "https://n2t.net/" + value;
      case URL -> value;
      case ORCID -> "https://orcid.org/" + value;
      case ROR -> value.startsWith("http") ? value : "https://ror.org/" + value;
      default -> null;
    };
  }

  /** The DataCite relatedIdentifierType naming the scheme ("DOI", "Handle"…); null for a local one. */
  public String dataCiteType() {
    return switch (scheme) {
      case DOI -> "DOI";
      case HANDLE -> "Handle";
      case ARK -> "ARK";
      case URL -> "URL";
      case URN -> "URN";
      default -> null;
    };
  }

  /** "doi:10.1/x", the key two sources share when they hold the same dataset. */
  public String key() {
    return scheme.name().toLowerCase(Locale.ROOT) + ":" + value;
  }
}
