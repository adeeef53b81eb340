package org.moisson.cite;

import java.util.stream.Collectors;
import org.moisson.record.Dataset;

/**
 * The citation in the form DataCite recommends: {@code Creator (PublicationYear): Title. Version.
 * Publisher. (ResourceType). Identifier}. Parts the metadata lacks are left out rather than invented.
 */
public final class Citation {
  private Citation() {}

  public static String text(Dataset d, String id, String pageUrl) {
    CiteFields f = new CiteFields(d, id, pageUrl);
    String head = f.authors().stream().map(CiteFields::shortName).collect(Collectors.joining("; "));
    if (f.year() != null) head = head.isEmpty() ? "(" + f.year() + ")" : head + " (" + f.year() + ")";
    StringBuilder s = new StringBuilder();
    if (!head.isEmpty()) s.append(head).append(": ");
    s.append(sentence(f.title()));
    if (d.version() != null) s.append(' ').append(sentence("Version " + d.version()));
    if (f.publisher() != null) s.append(' ').append(sentence(f.publisher()));
    s.append(" (").append(f.resourceType()).append(").");
    s.append(' ').append(f.link());
    return s.toString();
  }

  private static String sentence(String part) {
    String p = part.strip();
    return p.endsWith(".") || p.endsWith("?") || p.endsWith("!") ? p : p + ".";
  }
}
