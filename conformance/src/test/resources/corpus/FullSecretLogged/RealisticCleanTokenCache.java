package corpus.fullsecretlogged;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An OAuth access-token cache: logs cache hits, expiries and key ids, and a fingerprint of the token. */
public class RealisticCleanTokenCache {
  private static final Logger log = LoggerFactory.getLogger(RealisticCleanTokenCache.class);

  record CachedToken(String accessToken, Instant expiresAt) {
    boolean expired(Instant now) {
      return now.isAfter(expiresAt);
    }
  }

  interface TokenEndpoint {
    CachedToken fetch(String clientId);
  }

  private final Map<String, CachedToken> tokenCache = new ConcurrentHashMap<>();
  private final TokenEndpoint tokenEndpoint;

  RealisticCleanTokenCache(TokenEndpoint tokenEndpoint) {
    this.tokenEndpoint = tokenEndpoint;
  }

  public String accessTokenFor(String clientId) {
    Instant now = Instant.now();
    CachedToken cached = tokenCache.get(clientId);
    if (cached != null && !cached.expired(now)) {
      log.debug("token cache hit for client {}, expires in {}", clientId, Duration.between(now, cached.expiresAt()));
      return cached.accessToken();
    }
    CachedToken fresh = tokenEndpoint.fetch(clientId);
    tokenCache.put(clientId, fresh);
    Instant tokenExpiry = fresh.expiresAt();
    log.info("fetched token for client {} (fingerprint {}, expires {})", clientId,
        fingerprint(fresh.accessToken()), tokenExpiry);
    log.debug("token cache size is now {}", tokenCache.size());
    return fresh.accessToken();
  }

  static String fingerprint(String value) {
    return Integer.toHexString(value.hashCode());
  }

  public void evictAll() {
    log.info("evicting {} cached tokens", tokenCache.size());
    tokenCache.clear();
  }
}
