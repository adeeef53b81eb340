package org.moisson.vocabulary;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The thesauri, loaded once at start: the theme scheme, then {@code moisson.vocabulary.thesauri}. */
@Configuration(proxyBeanMethods = false)
class VocabularyConfig {
  static final String THEMES_RESOURCE = "vocabulary/themes.ttl";
  private static final Logger log = LoggerFactory.getLogger(VocabularyConfig.class);

  @Bean
  Thesaurus thesaurus(VocabularyProperties props) {
    long t0 = System.nanoTime();
    List<ThesaurusSource> sources = new ArrayList<>();
    sources.add(ThesaurusSource.classpath(THEMES_RESOURCE));
    props.thesauri().forEach(s -> sources.add(new ThesaurusSource(s)));
    Thesaurus t = ThesaurusLoader.load(sources);
    log.info("vocabularies: {} concepts in {} schemes from {} files in {} ms", t.size(), t.schemes().size(),
        sources.size(), (System.nanoTime() - t0) / 1_000_000);
    return t;
  }

  @Bean
  Classifier classifier(Thesaurus thesaurus) {
    return new Classifier(thesaurus);
  }
}
