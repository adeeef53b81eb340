package org.moisson.search.opensearch;

import java.nio.file.Path;
import java.util.List;

/**
 * How to reach an OpenSearch 2.x cluster (settings {@code moisson.opensearch.*}).
 *
 * @param nodes http(s)://host:port of one or more nodes; requests are spread over them
 * @param username basic-auth user; blank for none
 * @param password basic-auth password
 * @param tlsInsecure trust any certificate and host name (a test cluster's self-signed one); never in production
 * @param truststore a PKCS12 or JKS file of the CA certificates to trust; null: the JVM's
 * @param truststorePassword its password
 * @param index the alias readers use; each mapping version is an index {@code <index>-v<N>} behind it
 */
public record OpenSearchSettings(List<String> nodes, String username, String password, boolean tlsInsecure,
    Path truststore, String truststorePassword, String index) {

  public static final String DEFAULT_INDEX = "moisson-datasets";

  public OpenSearchSettings {
    nodes = nodes == null ? List.of() : nodes.stream().map(String::strip).filter(n -> !n.isEmpty()).toList();
    index = index == null || index.isBlank() ? DEFAULT_INDEX : index.strip();
  }

  public boolean configured() {
    return !nodes.isEmpty();
  }

  boolean authenticated() {
    return username != null && !username.isBlank();
  }
}
