package org.moisson.system;

import java.nio.file.Path;
import java.util.List;
import org.moisson.search.opensearch.OpenSearchSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings {@code moisson.opensearch.*}: the cluster of scale mode (README, "Scale mode").
 *
 * @param nodes http(s)://host:port of the nodes; empty: the embedded Lucene index
 * @param index the alias readers use; indices are {@code <index>-v<mapping version>}
 * @param shards primary shards of a new index
 * @param replicas replicas of each shard
 */
@ConfigurationProperties("moisson.opensearch")
public record OpenSearchProperties(List<String> nodes, String username, String password, boolean tlsInsecure,
    Path truststore, String truststorePassword, @DefaultValue(OpenSearchSettings.DEFAULT_INDEX) String index,
    @DefaultValue("1") int shards, @DefaultValue("1") int replicas) {

  public OpenSearchProperties {
    nodes = nodes == null ? List.of() : nodes;
  }

  public OpenSearchSettings settings() {
    return new OpenSearchSettings(nodes, username, password, tlsInsecure, truststore, truststorePassword, index);
  }
}
