package org.moisson.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A real HTTP server on 127.0.0.1 for harvest tests; the handler answers each request from its query. */
public final class LocalHttpServer implements AutoCloseable {
  /** An answer: status, content type, body. */
  public record Reply(int status, String contentType, byte[] body, Map<String, String> headers) {
    public static Reply xml(String body) {
      return new Reply(200, "text/xml; charset=UTF-8", body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    public static Reply of(String contentType, String body) {
      return new Reply(200, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    public static Reply json(String body) {
      return of("application/json", body);
    }

    public static Reply status(int status) {
      return new Reply(status, "text/plain", ("status " + status).getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /** Closes the connection without answering, as a peer that resets it. */
    public static Reply reset() {
      return new Reply(RESET, "text/plain", new byte[0], Map.of());
    }

    /** Sends the headers and only the first bytes of the body, then closes: a truncated page. */
    public static Reply truncated(String body, int keep) {
      byte[] all = body.getBytes(StandardCharsets.UTF_8);
      return new Reply(TRUNCATED, "text/xml; charset=UTF-8", java.util.Arrays.copyOf(all, keep), Map.of("X-Full-Length", String.valueOf(all.length)));
    }
  }

  static final int RESET = -1;
  static final int TRUNCATED = -2;

  /** A request as the handler sees it; header names in lower case. */
  public record Request(String method, String path, Map<String, String> query, String body,
      Map<String, String> headers) {
    public Request(String method, String path, Map<String, String> query, String body) {
      this(method, path, query, body, Map.of());
    }

    public String header(String name) {
      return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }
  }

  private final HttpServer server;
  private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());

  public LocalHttpServer(Function<Request, Reply> handler) {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", exchange -> {
      try (exchange) {
        Request req = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
            query(exchange), new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
            headers(exchange));
        requests.add(req);
        Reply r = handler.apply(req);
        if (r.status() == RESET) return;
        if (r.status() == TRUNCATED) {
          exchange.getResponseHeaders().add("Content-Type", r.contentType());
          exchange.sendResponseHeaders(200, Long.parseLong(r.headers().get("X-Full-Length")));
          exchange.getResponseBody().write(r.body());
          exchange.getResponseBody().flush();
          exchange.getHttpContext().getServer();
          return; // closing now leaves the client with fewer bytes than announced
        }
        r.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        exchange.getResponseHeaders().add("Content-Type", r.contentType());
        exchange.sendResponseHeaders(r.status(), r.body().length == 0 ? -1 : r.body().length);
        if (r.body().length > 0) exchange.getResponseBody().write(r.body());
      } catch (RuntimeException e) {
        e.printStackTrace();
        throw e;
      }
    });
    server.start();
  }

  private static Map<String, String> headers(HttpExchange ex) {
    Map<String, String> h = new LinkedHashMap<>();
    ex.getRequestHeaders().forEach((k, v) -> h.put(k.toLowerCase(java.util.Locale.ROOT), String.join(",", v)));
    return h;
  }

  private static Map<String, String> query(HttpExchange ex) {
    Map<String, String> q = new LinkedHashMap<>();
    String raw = ex.getRequestURI().getRawQuery();
    if (raw == null) return q;
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      q.put(k, v);
    }
    return q;
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  public List<Request> requests() {
    return List.copyOf(requests);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
