package corpus.unboundedretry;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Startup of a conversation-history service: it waits for its database (a container started beside it) before it
 * runs migrations, checking a deadline and pausing between tries.
 */
public class RealisticAppDatabaseStartupWait {
  private static final Logger log = LoggerFactory.getLogger(RealisticAppDatabaseStartupWait.class);

  private final DataSource dataSource;

  public RealisticAppDatabaseStartupWait(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public void awaitDatabase(Duration budget) throws InterruptedException, SQLException {
    Instant deadline = Instant.now().plus(budget);
    SQLException last = null;
    do {
      try (Connection connection = dataSource.getConnection()) {
        if (connection.isValid(2)) {
          log.info("database is up");
          return;
        }
      } catch (SQLException e) {
        last = e;
        log.info("database not ready yet: {}", e.getMessage());
      }
      Thread.sleep(1_000);
    } while (Instant.now().isBefore(deadline));
    throw new SQLException("database not reachable within " + budget, last);
  }
}
