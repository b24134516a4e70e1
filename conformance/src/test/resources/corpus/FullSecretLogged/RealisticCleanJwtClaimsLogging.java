package corpus.fullsecretlogged;

import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Request authentication: claims of a verified JWT are logged, the bearer token itself never. */
public class RealisticCleanJwtClaimsLogging {
  private static final Logger log = LoggerFactory.getLogger(RealisticCleanJwtClaimsLogging.class);

  record Claims(String subject, String issuer, List<String> scopes, Instant expiresAt, String keyId) {}

  interface Verifier {
    Claims verify(String bearerToken);
  }

  private final Verifier verifier;

  RealisticCleanJwtClaimsLogging(Verifier verifier) {
    this.verifier = verifier;
  }

  public Claims authenticate(String authorizationHeader) {
    if (authorizationHeader == null || !authorizationHeader.startsWith("Bearer ")) {
      log.debug("request without bearer token (header present: {})", authorizationHeader != null);
      return null;
    }
    String bearerToken = authorizationHeader.substring(7);
    try {
      Claims claims = verifier.verify(bearerToken);
      log.info("authenticated subject={} issuer={} scopes={} kid={} exp={}", claims.subject(), claims.issuer(),
          claims.scopes(), claims.keyId(), claims.expiresAt());
      return claims;
    } catch (SecurityException e) {
      log.warn("rejected token of length {}: {}", bearerToken.length(), e.getMessage());
      return null;
    }
  }

  public void logOAuthResponse(String tokenType, long expiresIn, String scope, boolean hasRefreshToken) {
    log.info("token endpoint returned type={} expiresIn={}s scope={} refresh={}", tokenType, expiresIn, scope,
        hasRefreshToken);
  }
}
