package corpus.fullsecretlogged;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Values whose names mention secrets but hold settings, limits, algorithms, URLs or counts. */
public class RealisticCleanSecretLookAlikes {
  private static final Logger log = LoggerFactory.getLogger(RealisticCleanSecretLookAlikes.class);
  private static final String API_KEY_HEADER = "X-API-Key";

  private final int maxTokensPerMinute;
  private final int passwordMinLength;
  private final String tokenUrl;
  private final String apiKeyId;
  private final String tokenizerModel;

  RealisticCleanSecretLookAlikes(Map<String, String> config) {
    this.maxTokensPerMinute = Integer.parseInt(config.getOrDefault("llm.max-tokens-per-minute", "90000"));
    this.passwordMinLength = Integer.parseInt(config.getOrDefault("auth.password-min-length", "12"));
    this.tokenUrl = config.getOrDefault("oauth.token-url", "https://login.example.com/oauth2/token");
    this.apiKeyId = config.get("llm.api-key-id");
    this.tokenizerModel = config.getOrDefault("llm.tokenizer", "cl100k_base");
  }

  public void logSettings() {
    log.info("rate limit {} tokens/min, tokenizer {}", maxTokensPerMinute, tokenizerModel);
    log.info("password policy: minimum length {}", passwordMinLength);
    log.info("OAuth token endpoint {}", tokenUrl);
    log.info("API key id {} sent in header {}", apiKeyId, API_KEY_HEADER);
  }

  public void logKeyTail(String apiKey) {
    if (apiKey != null && apiKey.length() > 8) {
      log.info("using API key ending in {}", apiKey.substring(apiKey.length() - 4));
      log.info("API key starts {}", String.format("%.5s", apiKey));
    }
  }

  public void logPasswordStars(String user, char[] password) {
    log.debug("login attempt for {} with password {}", user, "*".repeat(password.length));
  }
}
