package org.moisson.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.moisson.search.SearchQuery;

/**
 * Queries per second over HTTP: clients each sending the query mix to the search API
 * ({@code GET /api/v1/datasets}) one after the other for a given time; every answer but a 200 is
 * an error.
 */
final class HttpLoad {
  record Result(int clients, double seconds, long requests, long errors, double p50, double p99) {
    double perSecond() {
      return requests / seconds;
    }
  }

  private HttpLoad() {}

  static Result run(String baseUrl, SyntheticCorpus corpus, int clients, Duration duration) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    AtomicLong requests = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
    long end = System.nanoTime() + duration.toNanos();
    long start = System.nanoTime();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      QueryMix mix = new QueryMix(corpus.words, 4242 + c);
      Thread t = new Thread(() -> {
        int i = 0;
        while (System.nanoTime() < end) {
          QueryMix.Kind kind = PeerComparison.SEARCHES[i++ % PeerComparison.SEARCHES.length];
          URI uri = URI.create(baseUrl + "/api/v1/datasets?" + params(mix.next(kind)));
          long t0 = System.nanoTime();
          try {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) errors.incrementAndGet();
          } catch (Exception e) {
            errors.incrementAndGet();
          }
          nanos.add(System.nanoTime() - t0);
          requests.incrementAndGet();
        }
      }, "bench-http-" + c);
      t.start();
      threads.add(t);
    }
    for (Thread t : threads) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    return new Result(clients, seconds, requests.get(), errors.get(), ms(sorted, 0.5), ms(sorted, 0.99));
  }

  private static double ms(long[] sorted, double p) {
    if (sorted.length == 0) return 0;
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
  }

  /** The API parameters of a query: text, facet filters, box, period. */
  static String params(SearchQuery q) {
    StringBuilder sb = new StringBuilder("size=20");
    if (!q.text().isEmpty()) sb.append("&q=").append(enc(q.text()));
    q.filters().forEach((f, values) -> values.forEach(v -> sb.append('&').append(f.param()).append('=').append(enc(v))));
    if (q.bbox() != null) {
      sb.append("&bbox=").append(q.bbox().west()).append(',').append(q.bbox().south()).append(',')
          .append(q.bbox().east()).append(',').append(q.bbox().north());
    }
    if (q.start() != null) sb.append("&start=").append(q.start());
    if (q.end() != null) sb.append("&end=").append(q.end());
    return sb.toString();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
