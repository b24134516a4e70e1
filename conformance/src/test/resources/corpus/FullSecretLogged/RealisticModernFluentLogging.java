package corpus.fullsecretlogged;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * SLF4J 2 fluent logging around an OAuth client: key-value pairs carry ids, lengths and prefixes; one line adds the
 * refreshed access token itself.
 */
public class RealisticModernFluentLogging {
  private static final Logger log = LoggerFactory.getLogger(RealisticModernFluentLogging.class);

  record TokenGrant(String accessToken, String tokenType, long expiresInSeconds, String scope) {
    @Override
    public String toString() {
      return "TokenGrant[type=" + tokenType + ", expiresIn=" + expiresInSeconds + ", scope=" + scope + "]";
    }
  }

  interface TokenClient {
    TokenGrant refresh(String clientId);
  }

  private final TokenClient client;

  public RealisticModernFluentLogging(TokenClient client) {
    this.client = client;
  }

  public TokenGrant refresh(String clientId) {
    TokenGrant grant = client.refresh(clientId);
    log.atInfo()
        .setMessage("refreshed token for {}")
        .addArgument(clientId)
        .addKeyValue("expiresIn", grant.expiresInSeconds())
        .addKeyValue("scope", grant.scope())
        .log();
    log.atDebug().addKeyValue("grant", grant).log("grant details");
    log.atLevel(Level.TRACE)
        .addArgument(() -> grant.accessToken().length())
        .log("token length {}");
    return grant;
  }

  public void logPrefix(TokenGrant grant) {
    String preview = grant.accessToken().substring(0, 8);
    log.atInfo().addKeyValue("tokenPreview", preview).log("using token");
  }

  public void logTokenInKeyValue(TokenGrant grant) {
    log.atDebug()
        .addKeyValue("type", grant.tokenType())
        .addKeyValue("token", grant.accessToken()) // tracelint-expect: FullSecretLogged -- accessToken
        .log("token refreshed");
  }

  public void logClaims(Map<String, Object> claims) {
    log.atInfo().addArgument(claims.keySet()).log("claims present: {}");
  }
}
