package org.moisson.harvest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import org.moisson.record.Dataset;
import org.moisson.record.Identifier;

/**
 * Public dataset ids and the identifier keys that tie records to datasets. A new dataset gets its
 * id from its strongest identifier (a DOI, else a handle…), so the same DOI makes the same id on
 * every instance; without one, from the source and its record identifier. Ids are stable across
 * re-harvests and restarts: they appear in URLs people bookmark.
 */
public final class DatasetIds {
  /** Identifier schemes that name one dataset wherever it is described, strongest first. */
  private static final List<Identifier.Scheme> GLOBAL = List.of(Identifier.Scheme.DOI, Identifier.Scheme.HANDLE,
      Identifier.Scheme.ARK, Identifier.Scheme.URN, Identifier.Scheme.URL);

  private DatasetIds() {}

  static String of(long sourceId, String identifier, Dataset d) {
    List<String> keys = keys(d);
    String key = keys.isEmpty() ? "src:" + sourceId + ":" + identifier : keys.get(0);
    return sha256(key).substring(0, 20);
  }

  /**
   * The dataset's global identifier keys ("doi:10.1/x", "handle:…"), strongest first. A URL counts
   * only when it has a path: a repository's home page given as identifier would join everything.
   */
  static List<String> keys(Dataset d) {
    List<String> out = new ArrayList<>();
    for (Identifier.Scheme scheme : GLOBAL) {
      for (Identifier i : d.identifiers()) {
        if (i.scheme() != scheme) continue;
        String k = keyOf(i);
        if (k != null && !out.contains(k)) out.add(k);
      }
    }
    return out;
  }

  /**
   * The key an identifier joins datasets by, as stored in identifier_key ("doi:10.1/x",
   * "url:host/path"); null for an identifier that names no dataset globally (local, ORCID, a URL
   * without a path). Related identifiers use it to find the datasets they point to.
   */
  public static String keyOf(Identifier i) {
    if (i == null || !GLOBAL.contains(i.scheme())) return null;
    if (i.scheme() != Identifier.Scheme.URL) return i.key();
    return hasPath(i.value()) ? "url:" + normaliseUrl(i.value()) : null;
  }

  /** http and https, host case, a trailing slash and a fragment make no other dataset. */
  static String normaliseUrl(String url) {
    try {
      java.net.URI u = java.net.URI.create(url.strip());
      String path = u.getRawPath() == null ? "" : u.getRawPath().replaceAll("/+$", "");
      return (u.getHost() == null ? "" : u.getHost().toLowerCase(java.util.Locale.ROOT))
          + (u.getPort() > 0 ? ":" + u.getPort() : "") + path + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    } catch (IllegalArgumentException e) {
      return url.strip();
    }
  }

  private static boolean hasPath(String url) {
    try {
      String path = java.net.URI.create(url).getPath();
      return path != null && path.replace("/", "").length() > 0;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  static String sha256(String s) {
    return sha256(s.getBytes(StandardCharsets.UTF_8));
  }

  /** The SHA-256 of the parts one after the other, in hexadecimal. */
  static String sha256(byte[]... parts) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (byte[] part : parts) digest.update(part);
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
