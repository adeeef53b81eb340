package org.moisson.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.moisson.record.Distribution;

/**
 * Formats a record lists without saying where the files are (DataCite formats, Dublin Core format)
 * become distributions reached through the landing page, as DCAT allows (accessURL to a page).
 */
final class Distributions {
  private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z]+/[a-z0-9][-a-z0-9.+_]*(?:\\s*;.*)?",
      Pattern.CASE_INSENSITIVE);

  private Distributions() {}

  static List<Distribution> ofFormats(List<String> formats, String landingPage) {
    List<Distribution> out = new ArrayList<>();
    for (String f : formats) {
      if (f == null || f.isBlank()) continue;
      String v = f.strip();
      boolean media = MEDIA_TYPE.matcher(v).matches();
      Payloads.addOnce(out, new Distribution(null, media ? null : v,
          media ? v.toLowerCase(Locale.ROOT) : null, landingPage, null, null, null));
    }
    return out;
  }
}
