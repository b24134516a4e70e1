package corpus.fullsecretlogged;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.logging.Logger;

/** Builds Basic credentials for an Elasticsearch trace store and a Langfuse project. */
public class RealisticIssue10BasicAuthEncoding {
  private static final Logger LOG = Logger.getLogger(RealisticIssue10BasicAuthEncoding.class.getName());

  private final String username;
  private final String password;

  RealisticIssue10BasicAuthEncoding(String username, String password) {
    this.username = username;
    this.password = password;
  }

  public String authorizationValue() {
    String pair = username + ":" + password;
    String encoded = Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    LOG.fine("using Authorization: Basic " + encoded); // tracelint-expect: FullSecretLogged
    return "Basic " + encoded;
  }

  public String langfuseAuth(String publicKey, String secretKey) {
    var credentials = Base64.getEncoder()
        .encodeToString((publicKey + ":" + secretKey).getBytes(StandardCharsets.UTF_8));
    LOG.info(() -> "langfuse auth " + credentials); // tracelint-expect: FullSecretLogged
    return credentials;
  }

  public String sessionLabel(String userId, String sessionId) {
    String label = Base64.getUrlEncoder().withoutPadding()
        .encodeToString((userId + ":" + sessionId).getBytes(StandardCharsets.UTF_8));
    LOG.info("session label " + label);
    return label;
  }

  public void announce() {
    LOG.info("connecting as " + username + " (password " + (password.isEmpty() ? "empty" : "set") + ")");
  }
}
