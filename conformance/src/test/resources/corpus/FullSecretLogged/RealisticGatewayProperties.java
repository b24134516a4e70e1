package corpus.fullsecretlogged;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** LLM gateway settings as records, logged at startup. */
public class RealisticGatewayProperties {
  private static final Logger log = LoggerFactory.getLogger(RealisticGatewayProperties.class);

  record GatewayProperties(String baseUrl, String apiKey, Duration timeout, int maxRetries) {}

  record ProviderSettings(String name, String endpoint, String accessToken) {
    @Override
    public String toString() {
      return "ProviderSettings[name=" + name + ", endpoint=" + endpoint + ", accessToken=***]";
    }
  }

  record RateLimits(int requestsPerMinute, int maxTokens) {}

  public void logGateway(GatewayProperties properties, RateLimits limits) {
    log.info("gateway {} timeout={} retries={}", properties.baseUrl(), properties.timeout(), properties.maxRetries());
    log.info("rate limits: {}", limits);
  }

  public void logProvider(ProviderSettings settings) {
    log.info("provider settings loaded: {}", settings);
  }

  public void logOnFailure(GatewayProperties properties, Exception cause) {
    log.error("gateway call failed with properties {}", properties, cause); // tracelint-expect: FullSecretLogged
  }
}
