package org.moisson.bench;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * When {@code moisson.bench} is set, the application is a command, not a portal: no web server
 * (nothing to serve, and no port to clash with a running portal) and no demo catalogue (the
 * benchmark needs an empty one). Registered in {@code META-INF/spring.factories}, since this must
 * happen before the application context, and with it the web server, is created.
 */
public class BenchMode implements EnvironmentPostProcessor, Ordered {
  static final String PROPERTY = "moisson.bench";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    String sizes = environment.getProperty(PROPERTY);
    if (sizes == null || sizes.isBlank()) return;
    environment.getPropertySources().addFirst(new MapPropertySource("moisson-bench-mode",
        Map.of("spring.main.web-application-type", "none", "moisson.demo", "false")));
  }

  /** After the configuration files are read, so moisson.bench may come from any of them. */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
