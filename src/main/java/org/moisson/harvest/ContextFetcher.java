package org.moisson.harvest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.function.Function;
import org.moisson.rdf.ContextCache;

/**
 * Fetches a JSON-LD context missing from the {@link ContextCache} (when
 * {@code moisson.harvest.fetch-contexts} is on): one GET through {@link HarvestHttp}, with a short
 * time-out and one retry rather than the patience a catalogue gets, since a page waits on it; a
 * body over {@link ContextCache#MAX_BYTES} is refused while it streams. Redirects are followed as
 * {@link java.net.http.HttpClient.Redirect#NORMAL} does: never from https to http, and never to a
 * scheme other than http(s), which the JDK client cannot open.
 */
public final class ContextFetcher implements Function<URI, byte[]> {
  private static final String ACCEPT = "application/ld+json, application/json;q=0.9, */*;q=0.1";

  private final HarvestHttp http;

  public ContextFetcher() {
    this(Duration.ofSeconds(10));
  }

  ContextFetcher(Duration timeout) {
    this.http = new HarvestHttp(timeout, 1, ContextCache.MAX_BYTES, Duration.ofSeconds(2));
  }

  /** @throws UncheckedIOException with the reason (HTTP status, time-out, size) */
  @Override
  public byte[] apply(URI url) {
    try {
      return http.get(url, ACCEPT).body();
    } catch (HarvestException e) {
      throw new UncheckedIOException(e.getMessage(), new IOException(e.getMessage(), e));
    }
  }
}
