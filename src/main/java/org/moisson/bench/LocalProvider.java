package org.moisson.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.moisson.system.DaemonThreads;

/**
 * A server on 127.0.0.1 serving the synthetic corpus in every protocol Moisson harvests (one
 * {@link ServedProtocol} each), so harvest rates are measured through the real harvesters, HTTP and
 * parsing included, against a peer that is never the bottleneck: {@link #serve} builds a protocol's
 * every reply before its harvest starts, and a request only copies bytes.
 */
final class LocalProvider implements AutoCloseable {
  /** Records a page, for the protocols whose page size the harvester asks. */
  static final int PAGE = 500;

  static {
    // Without it the JDK server's small replies (a Dataverse dataset, a landing page) wait ~40 ms
    // each for a delayed ACK (Nagle): the peer, not Moisson, would set the rate. Read once, at the
    // first server a JVM starts.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final ProviderCorpus corpus;
  private final HttpServer server;
  private final ExecutorService threads;
  private volatile Map<String, ServedProtocol.Reply> replies = Map.of();

  /** @param prefix of the DOIs, see {@link ProviderCorpus} */
  LocalProvider(SyntheticCorpus corpus, long size, String prefix) {
    this.corpus = new ProviderCorpus(corpus, size, prefix);
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (ServedProtocol p : protocols()) server.createContext(p.path(), ex -> answer(ex, p));
    // Dataverse's harvester fetches four datasets at once; daemon threads, so the benchmark command
    // ends when its report is printed.
    threads = Executors.newFixedThreadPool(4, DaemonThreads.named("bench-provider"));
    server.setExecutor(threads);
    server.start();
  }

  /** Every protocol served, in the order the benchmark harvests them. */
  static List<ServedProtocol> protocols() {
    return List.of(new ServedOaiPmh(), new ServedCsw(), new ServedCkan(), new ServedDataCite(), new ServedDataverse(),
        new ServedStac(), new ServedSchemaOrg(), new ServedDcat());
  }

  /** Builds the protocol's replies (dropping the previous protocol's) and returns its source URL. */
  String serve(ServedProtocol protocol) {
    replies = Map.of();
    String base = base(protocol);
    replies = protocol.render(corpus, base);
    return protocol.sourceUrl(base);
  }

  private String base(ServedProtocol p) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + p.path();
  }

  private void answer(HttpExchange ex, ServedProtocol p) throws IOException {
    try (ex) {
      ex.getRequestBody().readAllBytes();
      String key = p.key(ex.getRequestURI().getRawPath(), query(ex));
      ServedProtocol.Reply reply = key == null ? null : replies.get(key);
      if (reply == null) {
        ex.sendResponseHeaders(404, -1);
        return;
      }
      ex.getResponseHeaders().add("Content-Type", reply.contentType());
      ex.sendResponseHeaders(200, reply.body().length);
      ex.getResponseBody().write(reply.body());
    }
  }

  private static Map<String, String> query(HttpExchange ex) {
    Map<String, String> q = new HashMap<>();
    String raw = ex.getRequestURI().getRawQuery();
    if (raw == null) return q;
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) q.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return q;
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
    replies = Map.of();
  }
}
