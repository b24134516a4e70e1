package corpus.fullsecretlogged;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Provider settings as records: a compact constructor validates, a nested record holds the credentials and masks
 * them in its own toString, and startup logs a summary built from non-secret components.
 */
public class RealisticModernConfigRecords {
  private static final Logger log = LoggerFactory.getLogger(RealisticModernConfigRecords.class);

  /** Credentials masked in their own toString: logging the whole record prints no secret. */
  record Credentials(String keyId, String apiKey) {
    Credentials {
      Objects.requireNonNull(apiKey, "apiKey");
      if (apiKey.isBlank()) {
        throw new IllegalArgumentException("apiKey must not be blank");
      }
    }

    @Override
    public String toString() {
      return "Credentials[keyId=" + keyId + ", apiKey=****]";
    }
  }

  record ProviderSettings(String name, URI baseUrl, Duration timeout, Credentials credentials) {
    ProviderSettings {
      if (timeout.isNegative()) {
        throw new IllegalArgumentException("timeout");
      }
    }

    String summary() {
      return name + " at " + baseUrl + " (timeout " + timeout.toSeconds() + "s)";
    }
  }

  /** A settings record that does not override toString: its generated one prints the key. */
  record GatewaySettings(URI endpoint, String gatewayToken, int maxConnections) {}

  public void logStartup(ProviderSettings settings) {
    log.info("provider configured: {}", settings.summary());
    log.info("credentials: {}", settings.credentials());
    log.debug("key id {} (key present: {})", settings.credentials().keyId(), !settings.credentials().apiKey().isEmpty());
  }

  public void logNested(ProviderSettings settings) {
    log.info("settings: {}", settings);
  }

  public void logGateway(GatewaySettings gateway) {
    log.info("gateway {} with {} connections", gateway.endpoint(), gateway.maxConnections());
  }

  public void logGatewayWhole(GatewaySettings gateway) {
    log.info("gateway settings: {}", gateway); // tracelint-expect: FullSecretLogged -- 'gateway' whose toString prints 'gatewayToken'
  }

  public void logKeyPrefix(ProviderSettings settings) {
    String key = settings.credentials().apiKey();
    log.info("using key {}...", key.substring(0, 6));
  }

  public void logRawKey(ProviderSettings settings) {
    var creds = settings.credentials();
    log.warn("key rejected by {}: {}", settings.name(), creds.apiKey()); // tracelint-expect: FullSecretLogged -- apiKey
  }
}
