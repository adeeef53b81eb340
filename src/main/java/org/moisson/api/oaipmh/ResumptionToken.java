package org.moisson.api.oaipmh;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A stateless resumption token: the list's arguments and where the next page starts (the change
 * sequence number after which to read, the cursor and the list size), so any node answers it and
 * nothing expires. A dataset changed meanwhile moves to the end of the list and is listed again.
 */
record ResumptionToken(String verb, String prefix, String set, String from, String until, long afterSeq,
    long cursor, long total) {
  private static final String VERSION = "m1";

  String encode() {
    String raw = String.join("\n", VERSION, verb, prefix, nz(set), nz(from), nz(until), Long.toString(afterSeq),
        Long.toString(cursor), Long.toString(total));
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  static ResumptionToken decode(String token, String verb) {
    try {
      String[] f = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\n", -1);
      if (f.length != 9 || !f[0].equals(VERSION)) throw new IllegalArgumentException("not a token");
      if (!f[1].equals(verb)) throw new OaiError("badResumptionToken", "this token continues a " + f[1] + " list");
      ResumptionToken t = new ResumptionToken(f[1], f[2], nn(f[3]), nn(f[4]), nn(f[5]), Long.parseLong(f[6]),
          Long.parseLong(f[7]), Long.parseLong(f[8]));
      if (t.afterSeq < 0 || t.cursor < 0 || t.total < t.cursor) throw new IllegalArgumentException("bad numbers");
      return t;
    } catch (IllegalArgumentException e) {
      throw new OaiError("badResumptionToken", "'" + token + "' is not a resumption token of this repository");
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static String nn(String s) {
    return s.isEmpty() ? null : s;
  }
}
