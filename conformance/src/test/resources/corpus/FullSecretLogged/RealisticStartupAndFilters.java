package corpus.fullsecretlogged;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;

/**
 * Shapes seen in real services: configuration logged at startup, request filters, OAuth token handling, JDBC
 * settings, LLM usage and pagination. Only the lines that print a full credential are findings.
 */
class RealisticStartupAndFilters {
  private static final Logger log = LoggerFactory.getLogger(RealisticStartupAndFilters.class);
  private static final java.util.logging.Logger JUL =
      java.util.logging.Logger.getLogger(RealisticStartupAndFilters.class.getName());

  @Value("${management.datadog.metrics.export.api-key}")
  private String datadogKey;

  @Value("${spring.ai.openai.base-url}")
  private String baseUrl;

  @Value("${langfuse.public-key}")
  private String langfusePublicKey;

  @Value("${langfuse.secret-key}")
  private String langfuseSecret;

  interface OAuthToken {
    String getTokenValue();

    java.time.Instant getExpiresAt();
  }

  record Usage(int inputTokens, int outputTokens) {}

  record Page(List<String> items, String nextPageToken) {}

  void logStartup() {
    log.info("LLM gateway {} key {}...", baseUrl, datadogKey.substring(0, Math.min(4, datadogKey.length())));
    log.info("Langfuse public key {}", langfusePublicKey);
    log.info("Langfuse secret configured {}", langfuseSecret != null && !langfuseSecret.isBlank());
    log.info("Datadog export key {}", datadogKey); // tracelint-expect: FullSecretLogged -- logs the full secret 'datadogKey'
    log.debug("Langfuse credentials {}:{}", langfusePublicKey, langfuseSecret); // tracelint-expect: FullSecretLogged -- logs the full secret 'langfuseSecret'
  }

  void filter(HttpServletRequest request) {
    String authHeader = request.getHeader("Authorization");
    log.debug("auth present {} for {}", authHeader != null, request.getRequestURI());
    log.info("Request intercepted: " + authHeader); // tracelint-expect: FullSecretLogged -- logs the full secret 'authHeader'
  }

  void afterTokenExchange(OAuthToken accessToken, Map<String, Object> additional) {
    log.info("token expires at {}", accessToken.getExpiresAt());
    log.info("patient context {}", additional.get("patient"));
    log.info("access token {}", accessToken.getTokenValue()); // tracelint-expect: FullSecretLogged -- logs the full secret 'getTokenValue()'
    log.info("id token {}", additional.get("id_token")); // tracelint-expect: FullSecretLogged -- logs the full secret 'id_token'
  }

  void jdbc(String jdbcUrl, String jdbcUsername, String jdbcPassword) {
    JUL.log(Level.INFO, "jdbc {0} as {1}", new Object[] {jdbcUrl, jdbcUsername});
    JUL.log(Level.INFO, "jdbc {0} as {1} / {2}", // tracelint-expect: FullSecretLogged -- logs the full secret 'jdbcPassword'
        new Object[] {jdbcUrl, jdbcUsername, jdbcPassword});
  }

  void usageAndPages(Usage usage, Page page, int maxTokens) {
    log.info("tokens in={} out={} max={}", usage.inputTokens(), usage.outputTokens(), maxTokens);
    log.info("next page token {} ({} items)", page.nextPageToken(), page.items().size());
  }
}
