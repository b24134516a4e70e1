package corpus.fullsecretlogged;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Refreshes an OAuth access token for a model provider and reports streaming usage. */
public class RealisticTokenRefresher {
  private static final Logger log = LoggerFactory.getLogger(RealisticTokenRefresher.class);

  interface TokenClient {
    String fetchAccessToken(String clientId);

    Instant expiresAt();
  }

  private final TokenClient tokenClient;
  private String current;
  private Instant tokenExpiry = Instant.EPOCH;

  RealisticTokenRefresher(TokenClient tokenClient) {
    this.tokenClient = tokenClient;
  }

  public String accessToken(String clientId) {
    if (current == null || Instant.now().isAfter(tokenExpiry)) {
      String token = tokenClient.fetchAccessToken(clientId);
      tokenExpiry = tokenClient.expiresAt();
      log.debug("refreshed access token for {}: {} (expires {})", clientId, token, tokenExpiry); // tracelint-expect: FullSecretLogged
      current = token;
    }
    return current;
  }

  public void onPartialResponse(String token) {
    log.trace("streamed token: {}", token);
  }

  public void recordUsage(int promptTokens, int completionTokens) {
    log.info("usage: prompt={} completion={} total={}", promptTokens, completionTokens,
        promptTokens + completionTokens);
  }

  public void logExpiry(String clientId) {
    log.info("token for {} expires at {}", clientId, tokenExpiry);
  }
}
