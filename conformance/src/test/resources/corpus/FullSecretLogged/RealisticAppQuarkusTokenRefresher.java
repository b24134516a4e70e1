package corpus.fullsecretlogged;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * A Quarkus-style bean that keeps a short-lived access token for a model gateway and refreshes it before it expires.
 * The logs say when it was refreshed, how long it lives and how long it is; never the token.
 */
public class RealisticAppQuarkusTokenRefresher {
  private static final Logger LOG = Logger.getLogger(RealisticAppQuarkusTokenRefresher.class);
  private static final Duration SKEW = Duration.ofSeconds(30);

  record IssuedToken(String accessToken, Instant expiresAt, String scope) {
    @Override
    public String toString() {
      return "IssuedToken[scope=" + scope + ", expiresAt=" + expiresAt + "]";
    }
  }

  interface TokenClient {
    IssuedToken clientCredentials(String clientId, String clientSecret, String scope);
  }

  private final TokenClient client;
  private final String clientId;
  private final String clientSecret;
  private final AtomicReference<IssuedToken> current = new AtomicReference<>();

  public RealisticAppQuarkusTokenRefresher(TokenClient client, String clientId, String clientSecret) {
    this.client = client;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
  }

  public String bearer() {
    IssuedToken token = current.get();
    if (token == null || Instant.now().plus(SKEW).isAfter(token.expiresAt())) {
      token = refresh();
    }
    return "Bearer " + token.accessToken();
  }

  private IssuedToken refresh() {
    IssuedToken fresh = client.clientCredentials(clientId, clientSecret, "models.invoke");
    current.set(fresh);
    Duration tokenTtl = Duration.between(Instant.now(), fresh.expiresAt());
    LOG.infof("refreshed gateway token for client %s: %s, valid for %s", clientId, fresh, tokenTtl);
    LOG.debugf("token length %d, prefix %.6s", fresh.accessToken().length(), fresh.accessToken());
    return fresh;
  }

  public void logStatus() {
    IssuedToken token = current.get();
    boolean hasToken = token != null;
    Instant tokenExpiry = hasToken ? token.expiresAt() : null;
    LOG.infov("gateway token present: {0}, expires {1}", hasToken, tokenExpiry);
  }
}
