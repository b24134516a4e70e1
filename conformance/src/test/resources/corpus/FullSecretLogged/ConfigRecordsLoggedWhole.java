package corpus.fullsecretlogged;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A record prints every component in its generated {@code toString}, so a configuration record holding an API key,
 * logged whole, logs the key; so does a class whose own {@code toString} prints a secret field. A record that masks in
 * its own {@code toString}, one with no secret component, a class that writes no {@code toString} (its name and hash)
 * and a secret component that is not text are not logged secrets.
 */
class ConfigRecordsLoggedWhole {
  private static final Logger log = LoggerFactory.getLogger(ConfigRecordsLoggedWhole.class);

  record GatewayConfig(String baseUrl, String apiKey, Duration timeout) {}

  record MaskedGatewayConfig(String baseUrl, String apiKey) {
    @Override
    public String toString() {
      return "MaskedGatewayConfig[baseUrl=" + baseUrl + ", apiKey=" + mask(apiKey) + "]";
    }

    private static String mask(String secret) {
      return secret == null ? "null" : secret.substring(0, Math.min(4, secret.length())) + "...";
    }
  }

  record ExporterConfig(String endpoint, Duration timeout, int maxBatch) {}

  record TokenBudget(String model, int maxTokens, long tokenCount) {}

  static final class DatabaseSettings {
    private final String url;
    private final String password;

    DatabaseSettings(String url, String password) {
      this.url = url;
      this.password = password;
    }

    @Override
    public String toString() {
      return "DatabaseSettings{url=" + url + ", password=" + password + "}";
    }
  }

  static final class BrokerSettings {
    private final String host;
    private final String password;

    BrokerSettings(String host, String password) {
      this.host = host;
      this.password = password;
    }

    String host() {
      return host + password.length();
    }
  }

  private final GatewayConfig gateway;

  ConfigRecordsLoggedWhole(GatewayConfig gateway) {
    this.gateway = gateway;
  }

  void flagsConfigRecordLoggedWhole(GatewayConfig config) {
    log.info("gateway config {}", config); // tracelint-expect: FullSecretLogged -- logs the full secret 'config' whose toString prints 'apiKey'
  }

  void flagsConfigRecordFieldConcatenated() {
    log.info("using " + gateway); // tracelint-expect: FullSecretLogged -- logs the full secret 'gateway' whose toString prints 'apiKey'
  }

  void flagsConfigRecordBuiltInTheMethod(String url, String apiKey) {
    var config = new GatewayConfig(url, apiKey, Duration.ofSeconds(10));
    log.info("starting with {}", config); // tracelint-expect: FullSecretLogged -- logs the full secret 'config' whose toString prints 'apiKey'
  }

  void flagsClassWhoseToStringPrintsAPassword(DatabaseSettings settings) {
    log.info("db {}", settings); // tracelint-expect: FullSecretLogged -- logs the full secret 'settings' whose toString prints 'password'
  }

  void acceptsRecordThatMasksInItsToString(MaskedGatewayConfig config) {
    log.info("gateway config {}", config);
  }

  void acceptsRecordWithoutASecretComponent(ExporterConfig config) {
    log.info("exporter config {}", config);
  }

  void acceptsRecordOfTokenCounts(TokenBudget budget) {
    log.info("budget {}", budget);
  }

  void acceptsClassWithoutItsOwnToString(BrokerSettings settings) {
    log.info("broker {}", settings);
  }

  void acceptsOneOrdinaryComponentOfASecretRecord(GatewayConfig config) {
    log.info("gateway {} timeout {}", config.baseUrl(), config.timeout());
  }
}
