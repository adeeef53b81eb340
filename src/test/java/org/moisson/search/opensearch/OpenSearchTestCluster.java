package org.moisson.search.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * A real three-node OpenSearch cluster in this JVM, started once for every test that needs one
 * and stopped when the JVM exits. Its data lives under target/, its HTTP ports are free ones.
 */
public final class OpenSearchTestCluster {
  private static final int NODES = 3;
  private static List<String> nodes;

  private OpenSearchTestCluster() {}

  /** The http://127.0.0.1:port of each node, starting the cluster on first use. */
  public static synchronized List<String> nodes() {
    if (nodes == null) nodes = start();
    return nodes;
  }

  /** Settings of a client for this cluster; the index prefix keeps each caller to its own indices. */
  public static OpenSearchSettings settings(String indexPrefix) {
    return new OpenSearchSettings(nodes(), null, null, false, null, null, indexPrefix);
  }

  private static List<String> start() {
    int base = freePortRange(NODES);
    Path data;
    try {
      data = Files.createDirectories(Path.of("target", "opensearch"));
      data = Files.createTempDirectory(data, "cluster");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long t0 = System.nanoTime();
    OpenSearchRunner runner = new OpenSearchRunner();
    runner.setMaxHttpPort(base + NODES - 1);
    runner.onBuild((number, settings) -> {
      settings.put("http.cors.enabled", false);
      settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
      settings.put("indices.breaker.total.use_real_memory", false);
    }).build(OpenSearchRunner.newConfigs().clusterName("moisson-test-" + base).numOfNode(NODES)
        .basePath(data.toAbsolutePath().toString()).baseHttpPort(base - 1).disableESLogger());
    runner.ensureYellow();
    System.out.printf("OpenSearch test cluster: %d nodes up in %.1f s%n", NODES, (System.nanoTime() - t0) / 1e9);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        runner.close();
        runner.clean();
      } catch (IOException | RuntimeException e) {
        // the JVM is ending; target/ is cleaned by the next build
      }
    }, "opensearch-test-cluster-stop"));
    return IntStream.range(0, NODES).mapToObj(i -> "http://127.0.0.1:" + (base + i)).toList();
  }

  /** A start port with the next ones free too (the runner numbers node ports from it). */
  private static int freePortRange(int count) {
    for (int attempt = 0; attempt < 50; attempt++) {
      int start;
      try (ServerSocket s = new ServerSocket(0)) {
        start = s.getLocalPort();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (start + count > 65000) continue;
      if (IntStream.range(1, count).allMatch(i -> free(start + i))) return start;
    }
    throw new IllegalStateException("no " + count + " consecutive free ports");
  }

  private static boolean free(int port) {
    try (ServerSocket s = new ServerSocket(port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
