package org.moisson.system;

import org.moisson.search.SearchIndex;
import org.moisson.search.lucene.LuceneSearchIndex;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The search backend: Lucene under {@code <home>/index} on the embedded default. */
@Configuration(proxyBeanMethods = false)
class SearchConfig {
  @Bean(destroyMethod = "close")
  SearchIndex searchIndex(MoissonProperties props) {
    return new LuceneSearchIndex(props.home().resolve("index"));
  }
}
