package corpus.fullsecretlogged;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Startup lines of a multi-provider LLM router that show which key each provider uses. A preview written as a
 * conditional (a prefix when the key is long, the key itself when it is no longer than the prefix) prints at most the
 * prefix, exactly as {@code substring(0, Math.min(8, key.length()))} does; a guard on another length does not.
 */
public class RealisticAppKeyPreviews {
  private static final Logger log = LoggerFactory.getLogger(RealisticAppKeyPreviews.class);
  private static final int PREVIEW = 8;

  record Provider(String name, String baseUrl) {}

  public void announce(Provider provider, String apiKey) {
    String preview = apiKey.length() > 8 ? apiKey.substring(0, 8) + "..." : apiKey;
    log.info("{} at {} uses key {}", provider.name(), provider.baseUrl(), preview);
  }

  public void announceWithConstant(Provider provider, String apiKey) {
    log.info("{} uses key {}", provider.name(),
        apiKey.length() > PREVIEW ? apiKey.substring(0, PREVIEW) : apiKey);
  }

  public void announceShortFirst(Provider provider, String anthropicApiKey) {
    String shown = anthropicApiKey.length() <= 6 ? anthropicApiKey : anthropicApiKey.substring(0, 6) + "…";
    log.info("{} uses key {}", provider.name(), shown);
  }

  public void announceConstantFirst(Provider provider, String groqApiKey) {
    log.info("{} uses key {}", provider.name(), 6 < groqApiKey.length() ? groqApiKey.substring(0, 6) : groqApiKey);
  }

  public void announceNullSafe(Provider provider, String mistralApiKey) {
    log.info("{} uses key {}", provider.name(),
        mistralApiKey != null && mistralApiKey.length() > 8 ? mistralApiKey.substring(0, 8) + "..." : mistralApiKey);
  }

  public void announceNullSafeShortFirst(Provider provider, String cohereApiKey) {
    String shown = cohereApiKey == null || cohereApiKey.length() <= 6 ? cohereApiKey : cohereApiKey.substring(0, 6);
    log.info("{} uses key {}", provider.name(), shown);
  }

  /** The null test is of another value: a long key with a null base URL is printed whole. */
  public void announceNullTestOfAnotherValue(Provider provider, String apiKey) {
    String shown = provider.baseUrl() != null && apiKey.length() > 8 ? apiKey.substring(0, 8) : apiKey;
    log.info("{} uses key {}", provider.name(), shown); // tracelint-expect: FullSecretLogged
  }

  /** The whole key is shown whenever it is shorter than 40 characters, which every key is. */
  public void announceUnderLongGuard(Provider provider, String apiKey) {
    String preview = apiKey.length() > 40 ? apiKey.substring(0, 8) : apiKey;
    log.info("{} uses key {}", provider.name(), preview); // tracelint-expect: FullSecretLogged
  }

  /** The arms are the wrong way round: a long key is printed whole. */
  public void announceArmsSwapped(Provider provider, String apiKey) {
    log.info("{} uses key {}", provider.name(), // tracelint-expect: FullSecretLogged
        apiKey.length() > 8 ? apiKey : apiKey.substring(0, 8));
  }

  /** The guard measures another value. */
  public void announceGuardOnName(Provider provider, String apiKey) {
    String preview = provider.name().length() > 8 ? apiKey.substring(0, 8) : apiKey;
    log.info("{} uses key {}", provider.name(), preview); // tracelint-expect: FullSecretLogged
  }
}
