package org.moisson.harvest;

import java.io.IOException;
import java.io.InputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The HTTP client every harvester uses. Peers are slow and brittle, so it retries what may pass
 * (connection errors, time-outs, 429 and 5xx) with exponential back-off, waits as long as a
 * {@code Retry-After} asks (within a cap), and refuses bodies over a size bound instead of
 * running out of memory.
 */
public final class HarvestHttp {
  private static final Set<Integer> RETRYABLE = Set.of(408, 425, 429, 500, 502, 503, 504);

  private final HttpClient client;
  private final Duration timeout;
  private final int retries;
  private final long maxBytes;
  private final Duration maxWait;

  /**
   * @param timeout for connecting and for the whole response
   * @param retries how many times a failed request is tried again
   * @param maxBytes the largest body accepted
   * @param maxWait the longest wait between tries, whatever Retry-After says
   */
  public HarvestHttp(Duration timeout, int retries, long maxBytes, Duration maxWait) {
    this(timeout, retries, maxBytes, maxWait, HttpClient.Redirect.NORMAL);
  }

  /** With redirects handled by the caller (NEVER), who then reads {@link Response#location()}. */
  HarvestHttp(Duration timeout, int retries, long maxBytes, Duration maxWait, HttpClient.Redirect redirects) {
    this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(redirects).build();
    this.timeout = timeout;
    this.retries = retries;
    this.maxBytes = maxBytes;
    this.maxWait = maxWait;
  }

  /** A body and what came with it. */
  public record Response(int status, String contentType, byte[] body, URI uri, String location) {
    public Response(int status, String contentType, byte[] body, URI uri) {
      this(status, contentType, body, uri, null);
    }

    /**
     * The body decoded with the charset the Content-Type or the XML declaration names (UTF-8 by
     * default). Bad bytes become U+FFFD instead of failing the page: one mis-encoded character in a
     * description must not cost a hundred records.
     */
    public String text() {
      Charset cs = charset(contentType, "charset=");
      if (cs == null) {
        String head = new String(body, 0, Math.min(body.length, 200), StandardCharsets.ISO_8859_1);
        cs = head.startsWith("<?xml") ? charset(head.substring(0, Math.max(0, head.indexOf("?>"))), "encoding=") : null;
      }
      return new String(body, cs == null ? StandardCharsets.UTF_8 : cs);
    }

    private static Charset charset(String text, String key) {
      if (text == null) return null;
      int i = text.toLowerCase(Locale.ROOT).indexOf(key);
      if (i < 0) return null;
      String name = text.substring(i + key.length()).replace("\"", " ").replace("'", " ").strip().split("[\\s;]")[0];
      try {
        return Charset.forName(name);
      } catch (RuntimeException e) {
        return null; // an unknown charset name: UTF-8 is the better guess
      }
    }
  }

  public Response get(URI uri, String accept) throws HarvestException {
    return get(uri, accept, Map.of(), Set.of());
  }

  /**
   * Like {@link #get(URI, String)}, but an answer with one of the {@code readable} error statuses is
   * returned instead of thrown, for APIs whose error bodies say what went wrong (CKAN answers 409
   * with {@code {"success": false, "error": {…}}}, DataCite 400 with {@code {"errors": […]}}).
   * Statuses worth retrying are still retried first.
   */
  public Response get(URI uri, String accept, Set<Integer> readable) throws HarvestException {
    return get(uri, accept, Map.of(), readable);
  }

  /**
   * A GET with headers of the source's own (an API key…). Their values never reach a message:
   * errors name the URI only, so a URI must not carry a secret either.
   */
  public Response get(URI uri, String accept, Map<String, String> headers) throws HarvestException {
    return get(uri, accept, headers, Set.of());
  }

  public Response get(URI uri, String accept, Map<String, String> headers, Set<Integer> readable)
      throws HarvestException {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).GET().header("Accept", accept);
    headers.forEach(b::header);
    return send(b, uri, readable);
  }

  /**
   * A status the source meant (404, 403, 410…: not one worth retrying). A harvester that fetches
   * records one by one can report that record and go on, where a time-out or a 5xx stops the page.
   */
  public static final class RefusedException extends HarvestException {
    private final int status;

    RefusedException(int status, String message) {
      super(message);
      this.status = status;
    }

    public int status() {
      return status;
    }
  }

  public Response post(URI uri, String contentType, String body, String accept) throws HarvestException {
    return send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", contentType).header("Accept", accept), uri, Set.of());
  }

  private Response send(HttpRequest.Builder builder, URI uri, Set<Integer> readable) throws HarvestException {
    HttpRequest request = builder.timeout(timeout).header("User-Agent", "Moisson harvester").build();
    String last = null;
    for (int attempt = 0; attempt <= retries; attempt++) {
      Duration wait = backoff(attempt);
      try {
        HttpResponse<InputStream> r = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        boolean explained = readable.contains(r.statusCode()) && !RETRYABLE.contains(r.statusCode());
        if (r.statusCode() / 100 == 2 || explained) {
          byte[] body = readBounded(r.body(), uri);
          return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), body, uri,
              r.headers().firstValue("Location").orElse(null));
        }
        last = "HTTP " + r.statusCode() + " from " + uri;
        if (!RETRYABLE.contains(r.statusCode())) throw new RefusedException(r.statusCode(), last + excerpt(r.body()));
        r.body().close();
        Duration asked = retryAfter(r.headers().firstValue("Retry-After").orElse(null));
        if (asked != null) wait = asked;
      } catch (IOException e) {
        last = describe(e) + " on " + uri;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new HarvestException("interrupted while fetching " + uri, e);
      }
      if (attempt < retries) sleep(min(wait, maxWait));
    }
    throw new HarvestException(last + " (after " + (retries + 1) + " tries)");
  }

  private byte[] readBounded(InputStream in, URI uri) throws IOException, HarvestException {
    try (in) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[64 * 1024];
      long total = 0;
      for (int n; (n = in.read(buf)) > 0; ) {
        total += n;
        if (total > maxBytes) {
          throw new HarvestException("response from " + uri + " is larger than " + maxBytes / (1024 * 1024) + " MiB");
        }
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    }
  }

  /**
   * What a refusing server said, as short plain text (a CSW ExceptionReport or an API's JSON error
   * often comes with HTTP 400), so the run report tells the steward why; empty when it said nothing.
   */
  static String excerpt(InputStream body) {
    try (body) {
      String text = new String(body.readNBytes(4096), StandardCharsets.UTF_8)
          .replaceAll("<\\?xml[^>]*>|<[^>]*>", " ").replaceAll("[\\s\\p{Cntrl}]+", " ").strip();
      return text.isEmpty() ? "" : ": " + (text.length() > 300 ? text.substring(0, 300) + "…" : text);
    } catch (IOException e) {
      return "";
    }
  }

  private static String describe(IOException e) {
    String kind = e instanceof java.net.http.HttpTimeoutException ? "time-out" : "connection error";
    return kind + " (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")";
  }

  private static Duration backoff(int attempt) {
    return Duration.ofMillis(Math.min(30_000, 500L << Math.min(attempt, 10)));
  }

  /** Retry-After as seconds or as an HTTP date; null when absent or unreadable. */
  static Duration retryAfter(String header) {
    if (header == null || header.isBlank()) return null;
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(header.strip())));
    } catch (NumberFormatException e) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(header.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
        return d.isNegative() ? Duration.ZERO : d;
      } catch (RuntimeException e2) {
        return null;
      }
    }
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static void sleep(Duration d) throws HarvestException {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HarvestException("interrupted while waiting to retry", e);
    }
  }
}
