package corpus.fullsecretlogged;

import java.net.URI;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Startup summary of an LLM client's configuration: endpoints and options in full, credentials only masked. */
public class RealisticCleanConfigSummary {
  private static final Logger log = LoggerFactory.getLogger(RealisticCleanConfigSummary.class);

  private final URI baseUrl;
  private final String apiKey;
  private final String organization;
  private final Duration timeout;
  private final int maxRetries;

  RealisticCleanConfigSummary(URI baseUrl, String apiKey, String organization, Duration timeout, int maxRetries) {
    this.baseUrl = baseUrl;
    this.apiKey = apiKey;
    this.organization = organization;
    this.timeout = timeout;
    this.maxRetries = maxRetries;
  }

  public void logSummary() {
    log.info("LLM client: baseUrl={}, organization={}, timeout={}, maxRetries={}", baseUrl, organization, timeout,
        maxRetries);
    log.info("API key configured: {} (length {})", apiKey != null && !apiKey.isBlank(), apiKey == null ? 0 : apiKey.length());
    if (apiKey != null && apiKey.length() > 12) {
      log.info("API key prefix: {}...", apiKey.substring(0, 6));
      log.debug("API key: {}", mask(apiKey));
    }
  }

  public void logKeyFormatted() {
    log.info(String.format("using key %.4s**** for %s", apiKey, baseUrl));
  }

  public void warnIfMissing() {
    if (apiKey == null || apiKey.isEmpty()) {
      log.warn("OPENAI_API_KEY is not set; requests to {} will fail with 401", baseUrl);
    }
  }

  static String mask(String secret) {
    if (secret == null || secret.length() < 8) {
      return "****";
    }
    return secret.substring(0, 3) + "****" + secret.substring(secret.length() - 4);
  }

  @Override
  public String toString() {
    return "LlmClientConfig[baseUrl=" + baseUrl + ", organization=" + organization + ", apiKey=" + mask(apiKey) + "]";
  }
}
