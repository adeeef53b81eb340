package org.moisson.harvest;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * When {@code moisson.rebuild-index} is set the application is a command: no web server (no port
 * to clash with the running portal), no demo catalogue, no scheduled harvests. Registered in
 * {@code META-INF/spring.factories}, since this must happen before the web server is created.
 */
public class CommandMode implements EnvironmentPostProcessor, Ordered {
  static final String REBUILD = "moisson.rebuild-index";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!environment.containsProperty(REBUILD) || "false".equals(environment.getProperty(REBUILD))) return;
    environment.getPropertySources().addFirst(new MapPropertySource("moisson-command-mode",
        Map.of("spring.main.web-application-type", "none", "moisson.demo", "false",
            "moisson.harvest.schedule-check", "365d", "moisson.harvest.heartbeat", "365d")));
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
