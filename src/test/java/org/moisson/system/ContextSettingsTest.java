package org.moisson.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** moisson.harvest.fetch-contexts and context-cache, as application.yml and defaults give them. */
class ContextSettingsTest {
  private static MoissonProperties bind(StandardEnvironment env) {
    return Binder.get(env).bind("moisson", MoissonProperties.class).get();
  }

  private static StandardEnvironment applicationYml(Map<String, Object> overrides) throws IOException {
    StandardEnvironment env = new StandardEnvironment();
    env.getPropertySources().addFirst(new MapPropertySource("overrides", overrides));
    new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
        .forEach(env.getPropertySources()::addLast);
    return env;
  }

  @Test
  void applicationYmlFetchesIntoTheHomeFolder() throws IOException {
    MoissonProperties p = bind(applicationYml(Map.of("moisson.home", "/srv/moisson")));
    assertTrue(p.harvest().fetchContexts());
    assertFalse(p.harvest().fetchPrivateContexts());
    assertEquals(Path.of("/srv/moisson/jsonld-contexts"), p.harvest().contextCache());
  }

  @Test
  void bothCanBeSet() throws IOException {
    MoissonProperties p = bind(applicationYml(Map.of("moisson.harvest.fetch-contexts", "false",
        "moisson.harvest.context-cache", "/var/cache/contexts")));
    assertFalse(p.harvest().fetchContexts());
    assertEquals(Path.of("/var/cache/contexts"), p.harvest().contextCache());
  }

  /** Without application.yml (a partial harvest section, or none): fetching on, the folder under home. */
  @Test
  void defaultsWhenOmitted() {
    MoissonProperties p = new Binder(new MapConfigurationPropertySource(Map.of("moisson.home", "/h",
        "moisson.harvest.concurrency", "3"))).bind("moisson", MoissonProperties.class).get();
    assertTrue(p.harvest().fetchContexts());
    assertEquals(Path.of("/h/jsonld-contexts"), p.harvest().contextCache());
    MoissonProperties none = new MoissonProperties(Path.of("/h"), null, false, null, null);
    assertTrue(none.harvest().fetchContexts());
    assertEquals(Path.of("/h/jsonld-contexts"), none.harvest().contextCache());
  }
}
