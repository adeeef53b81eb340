package org.moisson.system;

import org.moisson.harvest.ContextFetcher;
import org.moisson.rdf.ContextCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The JSON-LD contexts harvested pages may name: cached under {@code moisson.harvest.context-cache},
 * fetched once into it when {@code moisson.harvest.fetch-contexts} is on.
 */
@Configuration(proxyBeanMethods = false)
class ContextsConfig {
  @Bean
  ContextCache contextCache(MoissonProperties props) {
    MoissonProperties.Harvest h = props.harvest();
    return new ContextCache(h.contextCache(), h.fetchContexts() ? new ContextFetcher(h.fetchPrivateContexts()) : null);
  }
}
