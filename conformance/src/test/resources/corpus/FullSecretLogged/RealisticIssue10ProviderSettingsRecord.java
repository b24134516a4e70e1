package corpus.fullsecretlogged;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Provider settings of a multi-model router, kept in records and logged at startup. */
public class RealisticIssue10ProviderSettingsRecord {
  private static final Logger log = LoggerFactory.getLogger(RealisticIssue10ProviderSettingsRecord.class);

  record ProviderSettings(String name, String baseUrl, String apiKey, Duration timeout) {}

  record SafeProviderSettings(String name, String baseUrl, String apiKey) {
    @Override
    public String toString() {
      return "SafeProviderSettings[name=" + name + ", baseUrl=" + baseUrl + ", apiKey=***]";
    }
  }

  record RoutingPolicy(String primary, String fallback, int maxTokens) {}

  static final class Endpoint {
    private final String url;
    private final String bearerToken;

    Endpoint(String url, String bearerToken) {
      this.url = url;
      this.bearerToken = bearerToken;
    }

    @Override
    public String toString() {
      return "Endpoint{url=" + url + ", bearerToken=" + bearerToken + "}";
    }
  }

  public ProviderSettings load(String name, String baseUrl, String key) {
    var settings = new ProviderSettings(name, baseUrl, key, Duration.ofSeconds(30));
    log.info("registered provider {}", settings); // tracelint-expect: FullSecretLogged
    return settings;
  }

  public SafeProviderSettings loadSafe(String name, String baseUrl, String key) {
    SafeProviderSettings settings = new SafeProviderSettings(name, baseUrl, key);
    log.info("registered provider {}", settings);
    return settings;
  }

  public void logPolicy(RoutingPolicy policy) {
    log.info("routing policy {}", policy);
  }

  public Endpoint endpoint(String url, String token) {
    Endpoint endpoint = new Endpoint(url, token);
    log.debug("endpoint ready: " + endpoint); // tracelint-expect: FullSecretLogged
    return endpoint;
  }

  public void logProviderName(ProviderSettings settings) {
    log.info("provider {} at {}", settings.name(), settings.baseUrl());
  }
}
