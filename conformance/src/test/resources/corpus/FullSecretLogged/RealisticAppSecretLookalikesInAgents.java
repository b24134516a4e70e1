package corpus.fullsecretlogged;

import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Agent code is full of names that look like secrets and are not: token budgets, tokenizer names, secret names in a
 * vault, key ids, password-policy settings, the header a key goes in. None of these is a credential.
 */
public class RealisticAppSecretLookalikesInAgents {
  private static final Logger log = LoggerFactory.getLogger(RealisticAppSecretLookalikesInAgents.class);
  private static final String API_KEY_HEADER = "X-Api-Key";
  private static final String OPENAI_API_KEY_ENV = "OPENAI_API_KEY";

  record Budget(int maxInputTokens, int maxOutputTokens, int tokenBudgetPerMinute) {}

  record VaultRef(String secretName, String secretVersion, String keyVaultUri) {}

  interface Tokenizer {
    String name();

    int countTokens(String text);
  }

  public void describe(Budget budget, VaultRef vault, Tokenizer tokenizer, String prompt) {
    int promptTokens = tokenizer.countTokens(prompt);
    log.info("budget: {} in / {} out, {} per minute", budget.maxInputTokens(), budget.maxOutputTokens(),
        budget.tokenBudgetPerMinute());
    log.info("prompt uses {} tokens by {}", promptTokens, tokenizer.name());
    log.info("provider key read from {} version {} in {}", vault.secretName(), vault.secretVersion(),
        vault.keyVaultUri());
    log.debug("key is sent in header {} and read from env {}", API_KEY_HEADER, OPENAI_API_KEY_ENV);
  }

  public void describePolicy(int minPasswordLength, Duration tokenTtl, Duration sessionCookieMaxAge) {
    log.info("password policy: at least {} chars; tokens live {}; session cookie max age {}", minPasswordLength,
        tokenTtl, sessionCookieMaxAge);
  }

  public void describeKeys(String apiKeyId, String keyPrefix, boolean hasApiKey, String maskedApiKey) {
    log.info("using key {} ({}...), present={}, shown as {}", apiKeyId, keyPrefix, hasApiKey, maskedApiKey);
  }

  public void describeUsage(Map<String, Integer> tokenUsage, long totalTokens, int cachedTokens) {
    log.info("usage {} total {} cached {}", tokenUsage, totalTokens, cachedTokens);
  }

  public void describeCursor(String nextPageToken, String idempotencyToken) {
    log.debug("listing runs after cursor {} (request {})", nextPageToken, idempotencyToken);
  }
}
