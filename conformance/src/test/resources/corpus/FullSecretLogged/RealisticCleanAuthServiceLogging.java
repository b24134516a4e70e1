package corpus.fullsecretlogged;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An authentication service: users, sessions, hashes and expiries are logged; passwords and tokens are not. */
public class RealisticCleanAuthServiceLogging {
  private static final Logger log = LoggerFactory.getLogger(RealisticCleanAuthServiceLogging.class);

  record AccessToken(String value, Instant expiresAt, String scope) {
    @Override
    public String toString() {
      return "AccessToken[scope=" + scope + ", expiresAt=" + expiresAt + "]";
    }
  }

  record Credentials(String username, char[] password) {}

  interface PasswordEncoder {
    String encode(CharSequence raw);

    boolean matches(CharSequence raw, String encoded);
  }

  private final PasswordEncoder encoder;
  private final Map<String, String> storedHashes;

  RealisticCleanAuthServiceLogging(PasswordEncoder encoder, Map<String, String> storedHashes) {
    this.encoder = encoder;
    this.storedHashes = storedHashes;
  }

  public boolean login(Credentials credentials) {
    String stored = storedHashes.get(credentials.username());
    try {
      boolean ok = stored != null && encoder.matches(new String(credentials.password()), stored);
      log.info("login for {}: {}", credentials.username(), ok ? "success" : "failure");
      return ok;
    } finally {
      Arrays.fill(credentials.password(), '\0');
    }
  }

  public void register(String username, String password) {
    String encodedPassword = encoder.encode(password);
    storedHashes.put(username, encodedPassword);
    log.info("registered {} (password of {} characters stored as {} hash)", username, password.length(),
        encodedPassword.startsWith("$2") ? "bcrypt" : "other");
  }

  public void issued(String username, AccessToken token) {
    log.info("issued token to {}: {}", username, token);
    log.debug("token for {} expires at {} with scope {}", username, token.expiresAt(), token.scope());
  }

  public void checkEnvironment() {
    boolean openAiKeyPresent = System.getenv("OPENAI_API_KEY") != null;
    log.info("OPENAI_API_KEY present: {}", openAiKeyPresent);
    log.info("credentials provider: {}", encoder.getClass().getSimpleName());
  }

  public void passwordResetRequested(String email, Instant requestedAt) {
    log.info("password reset requested for {} at {}", email, requestedAt);
  }
}
