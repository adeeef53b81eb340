package org.moisson.system;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every Moisson setting (prefix {@code moisson.}); the README lists them in a table.
 *
 * @param home folder holding every byte of state: database, index, logs
 * @param adminToken bearer token for the admin API; generated and written to home when blank
 * @param demo load the demo catalogue on a first start (empty database)
 * @param database an external PostgreSQL (scale mode); blank url = the embedded one under home
 * @param harvest harvest limits and politeness
 */
@ConfigurationProperties("moisson")
public record MoissonProperties(Path home, String adminToken, boolean demo, Database database,
    Harvest harvest) {

  public MoissonProperties {
    home = home == null ? Path.of(System.getProperty("user.home"), ".moisson") : home;
    database = database == null ? new Database(null, null, null) : database;
    harvest = harvest == null ? new Harvest(2, Duration.ofSeconds(60), 3, Duration.ofSeconds(60),
        10 * 1024 * 1024, 100 * 1024 * 1024, true, null, false) : harvest;
    if (harvest.contextCache() == null) harvest = harvest.withContextCache(home.resolve("jsonld-contexts"));
  }

  /** @param url JDBC URL of an external PostgreSQL; blank for the embedded one */
  public record Database(String url, String username, String password) {
    public boolean external() {
      return url != null && !url.isBlank();
    }
  }

  /**
   * @param concurrency harvests run at once
   * @param timeout per HTTP request
   * @param retries per HTTP request
   * @param maxRetryWait cap on a Retry-After wait
   * @param maxRecordBytes a larger record is refused and reported
   * @param maxPageBytes a larger response is refused and reported
   * @param fetchContexts fetch a JSON-LD context that is neither bundled nor cached, once, into
   *     contextCache; false: a page naming one fails until its file is put there
   * @param contextCache folder of the cached JSON-LD contexts; null: {@code <home>/jsonld-contexts}
   * @param fetchPrivateContexts also fetch contexts from loopback, private and link-local addresses
   *     (an intranet catalogue); off by default, so a harvested page cannot make Moisson call its own
   *     network
   */
  public record Harvest(int concurrency, Duration timeout, int retries, Duration maxRetryWait,
      int maxRecordBytes, long maxPageBytes, @DefaultValue("true") boolean fetchContexts, Path contextCache,
      boolean fetchPrivateContexts) {
    Harvest withContextCache(Path folder) {
      return new Harvest(concurrency, timeout, retries, maxRetryWait, maxRecordBytes, maxPageBytes, fetchContexts, folder,
          fetchPrivateContexts);
    }
  }
}
