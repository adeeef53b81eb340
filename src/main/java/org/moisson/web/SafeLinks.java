package org.moisson.web;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Links taken from harvested metadata go into pages only when they are web or file-transfer
 * addresses: a hostile record could otherwise put {@code javascript:} or {@code data:} in an href.
 * Templates call it as {@code ${@safeLinks.href(url)}}.
 */
@Component("safeLinks")
public class SafeLinks {
  private static final Set<String> SCHEMES = Set.of("http", "https", "ftp", "ftps");

  /** The URL when it is safe to link to, else null (the template then shows text only). */
  public String href(String url) {
    if (url == null || url.isBlank()) return null;
    try {
      URI u = URI.create(url.strip());
      return u.getScheme() != null && SCHEMES.contains(u.getScheme().toLowerCase(Locale.ROOT)) && u.getHost() != null
          ? u.toString() : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
