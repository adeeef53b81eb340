package org.moisson.harvest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.moisson.record.Dataset;

/**
 * Public dataset ids. A dataset with a DOI gets an id from the DOI alone, so two sources holding the
 * same DOI hold the same dataset; otherwise the id comes from the source and its record identifier.
 * Ids are stable across re-harvests and restarts: they appear in URLs people bookmark.
 */
final class DatasetIds {
  private DatasetIds() {}

  static String of(long sourceId, String identifier, Dataset d) {
    String key = d.doi() != null ? "doi:" + d.doi() : "src:" + sourceId + ":" + identifier;
    return sha256(key).substring(0, 20);
  }

  static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
