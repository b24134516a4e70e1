package corpus.fullsecretlogged;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Startup configuration of an agent's model providers, logged once so operators can see what is active. */
public class RealisticAgentProviderConfig {
  private static final Logger log = LoggerFactory.getLogger(RealisticAgentProviderConfig.class);

  /** The provider settings as bound from the environment; the record's generated toString prints every component. */
  record ProviderSettings(String provider, String model, String baseUrl, String apiKey, int maxTokens) {}

  /** A settings record that masks its key in its own toString. */
  record MaskedSettings(String provider, String model, String apiKey) {
    @Override
    public String toString() {
      return "MaskedSettings[provider=" + provider + ", model=" + model + ", apiKey=" + mask(apiKey) + "]";
    }

    private static String mask(String secret) {
      return secret == null ? "null" : secret.substring(0, Math.min(4, secret.length())) + "****";
    }
  }

  static ProviderSettings fromEnvironment() {
    return new ProviderSettings(
        System.getenv().getOrDefault("LLM_PROVIDER", "openai"),
        System.getenv().getOrDefault("LLM_MODEL", "gpt-4o-mini"),
        System.getenv().getOrDefault("LLM_BASE_URL", "https://api.openai.com/v1"),
        System.getenv("OPENAI_API_KEY"),
        4096);
  }

  public void logActiveProvider(ProviderSettings settings) {
    log.info("agent provider={} model={} baseUrl={} maxTokens={}",
        settings.provider(), settings.model(), settings.baseUrl(), settings.maxTokens());
    log.info("agent api key configured={} prefix={}", settings.apiKey() != null,
        settings.apiKey() == null ? "-" : settings.apiKey().substring(0, 7));
  }

  public void logSettingsRecord(ProviderSettings settings) {
    log.debug("agent provider settings: {}", settings); // tracelint-expect: FullSecretLogged -- 'apiKey'
  }

  public void logMaskedSettings(MaskedSettings settings) {
    log.debug("agent provider settings: {}", settings);
  }

  public void logKeyForSupport(ProviderSettings settings) {
    String key = settings.apiKey();
    log.warn("provider {} rejected key {}; rotate it in the vault", settings.provider(), key); // tracelint-expect: FullSecretLogged
  }

  public void logKeyLength(ProviderSettings settings) {
    String key = settings.apiKey();
    log.warn("provider {} rejected a key of length {}", settings.provider(), key == null ? 0 : key.length());
  }
}
