package org.moisson.harvest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * URLs as protocols meet them (a source's setting, a link in a page, a cursor back from storage),
 * checked one way: http(s) with a host, and, when followed, on the source's own host.
 */
public final class HttpUrls {
  private HttpUrls() {}

  /** @throws IllegalArgumentException naming {@code what} when the text is not an http(s) URL */
  public static URI parse(String text, String what) {
    URI u = orNull(text);
    if (u == null) throw new IllegalArgumentException(what + ": '" + text + "' is not an http(s) URL");
    return u;
  }

  /** An href resolved against the page that holds it; null when it is no http(s) URL. */
  public static URI resolve(URI base, String href) {
    if (href == null || href.isBlank()) return null;
    try {
      URI resolved = base == null ? new URI(href.strip()) : base.resolve(new URI(href.strip()));
      return orNull(resolved.toString());
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  /** Host names compare case-insensitively; the port counts, so a test server on 127.0.0.1 is its own host. */
  public static boolean sameHost(URI a, URI b) {
    return a != null && b != null && a.getHost() != null
        && a.getHost().equalsIgnoreCase(b.getHost()) && port(a) == port(b);
  }

  private static int port(URI u) {
    if (u.getPort() >= 0) return u.getPort();
    return "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
  }

  private static URI orNull(String text) {
    if (text == null) return null;
    try {
      URI u = new URI(text.strip());
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null ? u : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
