package org.moisson.bench;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Ranks 0..n-1 drawn with probability proportional to 1/(rank+1)^s, so a few values are everywhere
 * and most are rare, as keywords and publishers are in a real catalogue.
 */
final class Zipf {
  private final double[] cumulative;

  Zipf(int n, double s) {
    if (n < 1) throw new IllegalArgumentException("n must be at least 1");
    cumulative = new double[n];
    double sum = 0;
    for (int k = 0; k < n; k++) {
      sum += 1 / Math.pow(k + 1, s);
      cumulative[k] = sum;
    }
    for (int k = 0; k < n; k++) cumulative[k] /= sum;
  }

  int size() {
    return cumulative.length;
  }

  int next(SplittableRandom random) {
    int i = Arrays.binarySearch(cumulative, random.nextDouble());
    int rank = i >= 0 ? i : -i - 1;
    return Math.min(rank, cumulative.length - 1);
  }
}
