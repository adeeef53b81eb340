package org.moisson.bench;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * When {@code moisson.bench} is set, the application is a command, not a portal: no demo catalogue
 * (the benchmark needs an empty one), and a web server only for the HTTP load of the comparison
 * ({@code moisson.bench-http}, on a free port, so none clashes with a running portal). Registered in {@code META-INF/spring.factories}, since this must
 * happen before the application context, and with it the web server, is created.
 */
public class BenchMode implements EnvironmentPostProcessor, Ordered {
  static final String PROPERTY = "moisson.bench";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    String sizes = environment.getProperty(PROPERTY);
    if (sizes == null || sizes.isBlank()) return;
    // The HTTP part of the comparison needs the search API: then a web server on a free port.
    String http = environment.getProperty("moisson.bench-http", "60s").strip();
    boolean web = !http.isEmpty() && !http.matches("0+[a-z]*") && !"false".equals(environment.getProperty("moisson.bench-peers"));
    environment.getPropertySources().addFirst(new MapPropertySource("moisson-bench-mode", web
        ? Map.of("server.port", "0", "moisson.demo", "false", "moisson.harvest.schedule-check", "365d")
        : Map.of("spring.main.web-application-type", "none", "moisson.demo", "false")));
  }

  /** After the configuration files are read, so moisson.bench may come from any of them. */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
