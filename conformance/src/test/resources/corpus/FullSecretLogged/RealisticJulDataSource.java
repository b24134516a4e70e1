package corpus.fullsecretlogged;

import java.util.logging.Level;
import java.util.logging.Logger;

/** A legacy data source factory logging through java.util.logging. */
public class RealisticJulDataSource {
  private static final Logger LOG = Logger.getLogger(RealisticJulDataSource.class.getName());

  static final class PooledDataSource {
    PooledDataSource(String url, String user, String password, int poolSize) {}
  }

  public PooledDataSource create(String url, String user, String password, int poolSize) {
    LOG.info("creating pool for " + url + " as " + user + " (size " + poolSize + ")");
    LOG.fine(() -> "password configured: " + (password != null && !password.isEmpty()));
    return new PooledDataSource(url, user, password, poolSize);
  }

  public PooledDataSource createWithDiagnostics(String url, String user, String password, int poolSize) {
    if (LOG.isLoggable(Level.CONFIG)) {
      LOG.log(Level.CONFIG, "pool url={0} user={1} password={2} size={3}", // tracelint-expect: FullSecretLogged
          new Object[] {url, user, password, poolSize});
    }
    return new PooledDataSource(url, user, password, poolSize);
  }

  public void reportFailure(String url, String user, Exception e) {
    LOG.log(Level.SEVERE, "could not connect to " + url + " as " + user, e);
  }
}
