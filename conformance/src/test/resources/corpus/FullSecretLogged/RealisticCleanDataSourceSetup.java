package corpus.fullsecretlogged;

import java.net.URI;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Database and broker configuration logged at startup with the credentials left out. */
public class RealisticCleanDataSourceSetup {
  private static final Logger log = LoggerFactory.getLogger(RealisticCleanDataSourceSetup.class);

  record DbSettings(String jdbcUrl, String username, String password, int poolSize) {
    @Override
    public String toString() {
      return "DbSettings[jdbcUrl=" + jdbcUrl + ", username=" + username + ", password=****, poolSize=" + poolSize + "]";
    }
  }

  public void logDatabase(DbSettings settings) {
    log.info("connecting to {} as {} (pool {})", settings.jdbcUrl(), settings.username(), settings.poolSize());
    log.info("database settings: {}", settings);
    if (settings.password() == null || settings.password().isEmpty()) {
      log.warn("no database password configured for user {}", settings.username());
    }
  }

  public void logBroker(Properties kafka) {
    log.info("bootstrap.servers={}, security.protocol={}, sasl.mechanism={}", kafka.getProperty("bootstrap.servers"),
        kafka.getProperty("security.protocol"), kafka.getProperty("sasl.mechanism"));
    boolean jaasConfigured = kafka.getProperty("sasl.jaas.config") != null;
    log.info("SASL JAAS config present: {}", jaasConfigured);
  }

  public void logEndpoint(URI endpoint) {
    URI withoutUserInfo = URI.create(endpoint.getScheme() + "://" + endpoint.getHost() + ":" + endpoint.getPort()
        + endpoint.getPath());
    log.info("metrics endpoint {} (credentials in URL: {})", withoutUserInfo, endpoint.getUserInfo() != null);
  }

  public void logPoolStatus(DbSettings settings, int active, int idle) {
    log.debug("pool for {}@{}: active={}, idle={}, max={}", settings.username(), settings.jdbcUrl(), active, idle,
        settings.poolSize());
  }
}
