package corpus.fullsecretlogged;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ResourceBundle;

/**
 * A JDBC-style connector logging through System.Logger with MessageFormat placeholders and suppliers: the user and
 * the URL are logged, the password only by its presence, except in one trace line.
 */
public class RealisticModernSystemLoggerFormats {
  private static final Logger LOG = System.getLogger("connector");

  record ConnectionSpec(String url, String user, char[] password, int poolSize) {}

  public void connect(ConnectionSpec spec) {
    LOG.log(Level.INFO, "connecting to {0} as {1} (pool {2})", spec.url(), spec.user(), spec.poolSize());
    LOG.log(Level.DEBUG, "connection spec: {0}", spec);
    LOG.log(Level.DEBUG, () -> "password supplied: " + (spec.password().length > 0));
    LOG.log(Level.TRACE, (ResourceBundle) null, "pool of {0}", spec.poolSize());
  }

  public void failed(ConnectionSpec spec, Exception cause) {
    LOG.log(Level.WARNING, "connection to " + spec.url() + " failed", cause);
  }

  public void poolResized(ConnectionSpec spec, int newSize) {
    if (LOG.isLoggable(Level.DEBUG)) {
      LOG.log(Level.DEBUG, "pool for {0} resized from {1} to {2}", spec.user(), spec.poolSize(), newSize);
    }
  }

  public void passwordRotated(ConnectionSpec spec, char[] previousPassword) {
    boolean changed = !java.util.Arrays.equals(spec.password(), previousPassword);
    LOG.log(Level.INFO, "password for {0} rotated: {1}", spec.user(), changed);
  }

  public void traceCredentials(ConnectionSpec spec) {
    String password = new String(spec.password());
    LOG.log(Level.TRACE, "credentials {0}:{1}", spec.user(), password); // tracelint-expect: FullSecretLogged -- password
  }
}
