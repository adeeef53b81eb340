package org.moisson.system;

import java.time.Duration;
import org.moisson.search.SearchIndex;
import org.moisson.search.lucene.LuceneSearchIndex;
import org.moisson.search.opensearch.OpenSearchSearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The search backend, and this node's identity among several: Lucene under {@code <home>/index} on
 * the embedded default, an OpenSearch cluster in scale mode ({@link ScaleMode}).
 */
@Configuration(proxyBeanMethods = false)
class SearchConfig {
  private static final Logger log = LoggerFactory.getLogger(SearchConfig.class);

  @Bean
  ScaleMode scaleMode(MoissonProperties props, OpenSearchProperties opensearch,
      @Value("${moisson.mode:}") String mode, @Value("${moisson.search.backend:}") String backend) {
    return ScaleMode.resolve(mode, backend, props.database(), opensearch);
  }

  @Bean(destroyMethod = "close")
  SearchIndex searchIndex(MoissonProperties props, OpenSearchProperties opensearch, ScaleMode mode) {
    if (mode.openSearch()) {
      log.info("search: OpenSearch {} (alias {})", opensearch.nodes(), opensearch.index());
      return OpenSearchSearchIndex.open(opensearch.settings(), opensearch.shards(), opensearch.replicas());
    }
    return new LuceneSearchIndex(props.home().resolve("index"));
  }

  @Bean
  NodeId nodeId(MoissonProperties props, @Value("${moisson.node-id:}") String name,
      @Value("${moisson.harvest.lease:60s}") Duration lease) {
    return NodeId.of(name, props.home(), lease);
  }
}
