package corpus.fullsecretlogged;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A tool client that caches the credential it was issued under a neutral field name. */
public class RealisticIssue10CachedCredentialField {
  private static final Logger log = LoggerFactory.getLogger(RealisticIssue10CachedCredentialField.class);

  interface IdentityProvider {
    String issueAccessToken(String clientId);

    String describe(String clientId);
  }

  private final IdentityProvider identity;
  private String current;
  private String label;

  RealisticIssue10CachedCredentialField(IdentityProvider identity) {
    this.identity = identity;
  }

  public void refresh(String clientId) {
    String accessToken = identity.issueAccessToken(clientId);
    current = accessToken;
    label = clientId + "@" + accessToken.substring(0, 4);
  }

  public void logState() {
    log.debug("tool client state: {}", current); // tracelint-expect: FullSecretLogged
  }

  public void logLabel() {
    log.info("tool client label {}", label);
  }

  public void logCurrentLength() {
    log.info("credential length {}", current == null ? 0 : current.length());
  }
}
