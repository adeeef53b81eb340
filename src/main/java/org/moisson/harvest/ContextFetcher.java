package org.moisson.harvest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.moisson.rdf.ContextCache;

/**
 * Fetches a JSON-LD context missing from the {@link ContextCache} (when
 * {@code moisson.harvest.fetch-contexts} is on): one GET through {@link HarvestHttp}, with a short
 * time-out and one retry rather than the patience a catalogue gets, since a page waits on it; a
 * body over {@link ContextCache#MAX_BYTES} is refused while it streams.
 *
 * <p>The URL comes from a harvested page, so it is hostile: redirects are followed here, hop by
 * hop, never from https to http nor to another scheme, and every hop must pass the address check
 * (by default: no loopback, private, link-local or multicast address), so a page cannot make
 * Moisson call its own network through a redirect.
 */
public final class ContextFetcher implements Function<URI, byte[]> {
  private static final String ACCEPT = "application/ld+json, application/json;q=0.9, */*;q=0.1";
  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
  private static final int MAX_HOPS = 5;

  private final HarvestHttp http;
  private final Predicate<URI> allowed;

  /** @param privateAddresses also fetch from loopback, private and link-local addresses */
  public ContextFetcher(boolean privateAddresses) {
    this(Duration.ofSeconds(10), privateAddresses ? u -> true : ContextFetcher::isPublic);
  }

  ContextFetcher(Duration timeout, Predicate<URI> allowed) {
    this.http = new HarvestHttp(timeout, 1, ContextCache.MAX_BYTES, Duration.ofSeconds(2), HttpClient.Redirect.NEVER);
    this.allowed = allowed;
  }

  /** @throws UncheckedIOException with the reason (HTTP status, time-out, size, refused address) */
  @Override
  public byte[] apply(URI url) {
    URI at = url;
    for (int hop = 0; hop <= MAX_HOPS; hop++) {
      if (!allowed.test(at)) throw failure(at + " is on a local or private address: not fetched");
      HarvestHttp.Response r;
      try {
        r = http.get(at, ACCEPT, REDIRECTS);
      } catch (HarvestException e) {
        throw failure(e.getMessage());
      }
      if (!REDIRECTS.contains(r.status())) return r.body();
      URI next = follow(at, r.location());
      if (next == null) throw failure("HTTP " + r.status() + " from " + at);
      at = next;
    }
    throw failure("more than " + MAX_HOPS + " redirects from " + url);
  }

  /** Where a redirect leads, or null when it must not be followed. */
  private static URI follow(URI from, String location) {
    if (location == null) return null;
    URI next;
    try {
      next = from.resolve(location.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
    String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(java.util.Locale.ROOT);
    boolean downgrade = "https".equalsIgnoreCase(from.getScheme()) && scheme.equals("http");
    return (scheme.equals("http") || scheme.equals("https")) && !downgrade ? next : null;
  }

  /** True when every address the host resolves to is a public one (an unknown host fails later, on its own). */
  static boolean isPublic(URI url) {
    if (url.getHost() == null) return false;
    try {
      for (InetAddress a : InetAddress.getAllByName(url.getHost())) {
        byte[] b = a.getAddress();
        boolean uniqueLocal = b.length == 16 && (b[0] & 0xfe) == 0xfc; // fc00::/7
        boolean sharedNat = b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64; // 100.64.0.0/10
        if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
            || a.isMulticastAddress() || uniqueLocal || sharedNat) {
          return false;
        }
      }
      return true;
    } catch (UnknownHostException e) {
      return true;
    }
  }

  private static UncheckedIOException failure(String message) {
    return new UncheckedIOException(message, new IOException(message));
  }
}
