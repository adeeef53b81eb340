package org.moisson.system;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The database: an external PostgreSQL when {@code moisson.database.url} is set (scale mode), else a
 * PostgreSQL the application starts itself with its data under {@code <home>/postgres}, so the
 * portal runs with nothing installed. Both are migrated by Flyway with the same SQL.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfig {
  private static final Logger log = LoggerFactory.getLogger(DatabaseConfig.class);

  @Bean(destroyMethod = "close")
  EmbeddedDatabase embeddedDatabase(MoissonProperties props) {
    return props.database().external() ? EmbeddedDatabase.NONE : EmbeddedDatabase.start(props.home());
  }

  @Bean(destroyMethod = "close")
  HikariDataSource dataSource(MoissonProperties props, EmbeddedDatabase embedded) {
    HikariConfig c = new HikariConfig();
    if (props.database().external()) {
      c.setJdbcUrl(props.database().url());
      c.setUsername(props.database().username());
      c.setPassword(props.database().password());
    } else {
      c.setJdbcUrl(embedded.jdbcUrl());
      c.setUsername("postgres");
    }
    // One multi-row INSERT per batch instead of one INSERT per row: a harvest stores pages of
    // hundreds of records. Safe here because no batch holds the same key twice (ON CONFLICT DO
    // UPDATE may not touch a row twice in one statement): pages are deduplicated by identifier.
    c.addDataSourceProperty("reWriteBatchedInserts", "true");
    c.setMaximumPoolSize(16);
    c.setPoolName("moisson");
    log.info("database: {}", props.database().external() ? props.database().url() : "embedded PostgreSQL");
    return new HikariDataSource(c);
  }

  /** The embedded PostgreSQL, or nothing in scale mode. */
  static final class EmbeddedDatabase implements AutoCloseable {
    static final EmbeddedDatabase NONE = new EmbeddedDatabase(null);
    private final EmbeddedPostgres pg;

    private EmbeddedDatabase(EmbeddedPostgres pg) {
      this.pg = pg;
    }

    static EmbeddedDatabase start(Path home) {
      try {
        Path data = home.resolve("postgres");
        Path work = home.resolve("postgres-bin");
        Files.createDirectories(data);
        Files.createDirectories(work);
        HomeLock.acquire(home);
        stopOrphan(data);
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
            // Stopped by close() once the application has stopped using it. zonky's own shutdown
            // hook ran beside Spring's: the server could die while a scheduled task still wanted a
            // connection, and the application's stop then waited 30 s for it (seen in a test JVM's
            // exit). A start that dies before close() leaves an orphan that stopOrphan handles.
            .setRegisterShutdownHook(false)
            .setDataDirectory(data)
            .setCleanDataDirectory(false)
            .setOverrideWorkingDirectory(work.toFile())
            .setServerConfig("max_connections", "50")
            .setServerConfig("shared_buffers", "256MB")
            .setServerConfig("synchronous_commit", "on")
            // The embedded server already runs without fsync (zonky starts it with -F): a torn page
            // needs an OS crash, which fsync=off loses data to anyway, so full-page images in the WAL
            // only cost. Fewer checkpoints during a large harvest write fewer of them too.
            .setServerConfig("full_page_writes", "off")
            .setServerConfig("max_wal_size", "2GB")
            .setServerConfig("checkpoint_timeout", "15min")
            .start();
        log.info("embedded PostgreSQL on port {}, data in {}", pg.getPort(), data);
        return new EmbeddedDatabase(pg);
      } catch (IOException e) {
        throw new UncheckedIOException("could not start the embedded PostgreSQL under " + home, e);
      }
    }

    /**
     * After a kill -9 of the application its PostgreSQL lives on, orphaned, holding the data folder;
     * a new start would wait for it in vain. Holding the home lock, we know it is ours: stop it
     * (fast shutdown, then kill) so the new server can start and recover from its WAL.
     */
    private static void stopOrphan(Path data) throws IOException {
      Path pidFile = data.resolve("postmaster.pid");
      if (!Files.exists(pidFile)) return;
      long pid;
      try {
        pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
      } catch (RuntimeException e) {
        return; // unreadable: PostgreSQL judges a stale pid file itself
      }
      ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
          .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false))
          .ifPresent(p -> {
            log.warn("stopping PostgreSQL {} left running by a previous start that did not stop cleanly", pid);
            p.destroy();
            try {
              p.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
              p.destroyForcibly();
            }
          });
    }

    String jdbcUrl() {
      return pg.getJdbcUrl("postgres", "postgres");
    }

    DataSource dataSource() {
      return pg.getPostgresDatabase();
    }

    @Override
    public void close() throws IOException {
      if (pg != null) pg.close();
    }
  }
}
