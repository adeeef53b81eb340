package org.moisson.bench;

import java.util.Arrays;

/** Latencies of one kind of query, and the hit counts that show the queries matched something. */
final class Latencies {
  private final long[] nanos;
  private final long[] totals;
  private int n;

  Latencies(int capacity) {
    nanos = new long[capacity];
    totals = new long[capacity];
  }

  void add(long elapsedNanos, long total) {
    nanos[n] = elapsedNanos;
    totals[n] = total;
    n++;
  }

  /** Nearest-rank percentiles over what was added. */
  Stats stats() {
    long[] t = Arrays.copyOf(nanos, n);
    long[] h = Arrays.copyOf(totals, n);
    Arrays.sort(t);
    Arrays.sort(h);
    long zero = Arrays.stream(h).filter(x -> x == 0).count();
    return new Stats(n, ms(rank(t, 0.50)), ms(rank(t, 0.99)), ms(n == 0 ? 0 : t[n - 1]), rank(h, 0.50),
        n == 0 ? 0 : 100.0 * zero / n);
  }

  private static long rank(long[] sorted, double p) {
    if (sorted.length == 0) return 0;
    int i = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(i, sorted.length - 1))];
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }

  /** p50, p99 and max in milliseconds; the median number of hits; the share of queries with none. */
  record Stats(int queries, double p50, double p99, double max, long medianHits, double zeroHitPercent) {}
}
