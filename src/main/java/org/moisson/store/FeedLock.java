package org.moisson.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.IntSupplier;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * One index feeder at a time across every node sharing the database: a PostgreSQL advisory lock
 * held on a connection of its own while the feeder reads the index watermark, applies the changes
 * after it and commits the new one. Two feeders of one shared index (OpenSearch) would otherwise
 * both read watermark N and write their ends in any order, leaving it behind what the index holds.
 */
@Component
public class FeedLock {
  /** Any constant unlikely to clash with another application's advisory locks on the same server. */
  private static final long KEY = 0x6d6f6973736f6eL; // "moisson"

  private final DataSource dataSource;

  FeedLock(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public int holding(IntSupplier work) {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      if (!c.getAutoCommit()) c.setAutoCommit(true);
      s.execute("select pg_advisory_lock(" + KEY + ")");
      try {
        return work.getAsInt();
      } finally {
        s.execute("select pg_advisory_unlock(" + KEY + ")");
      }
    } catch (SQLException e) {
      throw new DataAccessResourceFailureException("index feed lock: " + e.getMessage(), e);
    }
  }
}
