package corpus.fullsecretlogged;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A Spring Boot component that reports which LLM provider is wired at startup, with constructor injection. It logs the
 * base URL, the model and a short prefix of the key; a settings record prints itself with the key masked.
 */
@Component
public class RealisticAppSpringBootStartupBanner {
  private static final Logger log = LoggerFactory.getLogger(RealisticAppSpringBootStartupBanner.class);
  private static final int KEY_PREFIX = 7;

  record ProviderSettings(String baseUrl, String model, String apiKey) {
    @Override
    public String toString() {
      return "ProviderSettings[baseUrl=" + baseUrl + ", model=" + model + ", apiKey=" + redact(apiKey) + "]";
    }
  }

  private final ProviderSettings settings;
  private final String organizationId;

  public RealisticAppSpringBootStartupBanner(
      @Value("${app.llm.base-url}") String baseUrl,
      @Value("${app.llm.model:gpt-4o-mini}") String model,
      @Value("${app.llm.api-key}") String key,
      @Value("${app.llm.organization-id:}") String organizationId) {
    this.settings = new ProviderSettings(baseUrl, model, key);
    this.organizationId = organizationId;
  }

  @EventListener(ContextRefreshedEvent.class)
  public void printBanner() {
    log.info("LLM provider: {} (model {})", settings.baseUrl(), settings.model());
    log.info("LLM key: {}... ({} chars)", keyPrefix(settings.apiKey()), settings.apiKey().length());
    log.info("LLM settings: {}", settings);
    if (organizationId.isBlank()) {
      log.info("no organization header configured");
    } else {
      log.info("organization: {}", organizationId);
    }
  }

  public void warnIfMissing() {
    if (settings.apiKey() == null || settings.apiKey().isBlank()) {
      log.warn("app.llm.api-key is not set; calls to {} will fail with 401", settings.baseUrl());
    }
  }

  private static String keyPrefix(String secret) {
    return secret == null ? "none" : secret.substring(0, Math.min(KEY_PREFIX, secret.length()));
  }

  static String redact(String secret) {
    return secret == null ? "null" : "****";
  }
}
