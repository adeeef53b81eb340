package org.moisson.bench;

import java.util.Arrays;
import java.util.stream.Stream;
import org.moisson.MoissonApplication;
import org.moisson.search.opensearch.OpenSearchTestCluster;

/**
 * The benchmark with its OpenSearch comparison on a three-node cluster started in this JVM (the
 * test runner is a test dependency, so this main lives with the tests): {@code bin/bench-opensearch}.
 * Given nodes of a real cluster, the ordinary command does the same: {@code --moisson.bench-opensearch=…}.
 */
public final class OpenSearchBench {
  private OpenSearchBench() {}

  public static void main(String[] args) {
    String nodes = String.join(",", OpenSearchTestCluster.nodes());
    MoissonApplication.main(Stream.concat(Arrays.stream(args), Stream.of("--moisson.bench-opensearch=" + nodes))
        .toArray(String[]::new));
  }
}
