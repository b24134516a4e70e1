package corpus.fullsecretlogged;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two values that print no secret although a secret is involved. A {@code StringBuilder#replace} over all but a
 * short window of the key is a mask ({@code new StringBuilder(apiKey).replace(4, apiKey.length(), "****")}); one that
 * replaces nothing of it ({@code replace(0, 0, ..)}) or leaves a long window is not. A password printed under a
 * condition that compares it, unnegated, with a literal or a constant is that public literal (a documented default
 * the program warns about); printed under a negated comparison, in the {@code else}, after the {@code if}, after an
 * assignment in the branch, or beside another compared variable it is still the secret.
 */
class MasksAndKnownDefaults {
  private static final Logger log = LoggerFactory.getLogger(MasksAndKnownDefaults.class);
  private static final String DEFAULT_PASSWORD = "admin";

  void flagsAReplaceThatKeepsTheKey(String apiKey) {
    log.info("key {}", new StringBuilder(apiKey).replace(0, 0, "key:")); // tracelint-expect: FullSecretLogged
  }

  void flagsAReplaceThatKeepsALongWindow(String apiKey) {
    log.info("key {}", new StringBuilder(apiKey).replace(24, apiKey.length(), "...")); // tracelint-expect: FullSecretLogged
  }

  void flagsAPasswordUnderANegatedComparison(String password) {
    if (!"changeme".equals(password)) {
      log.warn("custom password {} in use", password); // tracelint-expect: FullSecretLogged
    }
  }

  void flagsThePasswordInTheElseBranch(String password) {
    if ("changeme".equals(password)) {
      log.warn("default password in use");
    } else {
      log.info("password {}", password); // tracelint-expect: FullSecretLogged
    }
  }

  void flagsAPasswordReassignedInTheBranch(String password, String fallback) {
    if (DEFAULT_PASSWORD.equals(password)) {
      password = fallback;
      log.info("switched to {}", password); // tracelint-expect: FullSecretLogged
    }
  }

  void flagsAnotherVariableThanTheOneCompared(String user, String password) {
    if ("admin".equals(user)) {
      log.warn("admin logs in with {}", password); // tracelint-expect: FullSecretLogged
    }
  }

  void acceptsAReplaceThatKeepsAPrefix(String apiKey) {
    log.info("key {}", new StringBuilder(apiKey).replace(4, apiKey.length(), "****"));
  }

  void acceptsAReplaceThatKeepsASuffix(String apiKey) {
    String masked = new StringBuilder(apiKey).replace(0, apiKey.length() - 4, "****").toString();
    log.info("key {}", masked);
  }

  void acceptsAReplaceThatKeepsBothEnds(String token) {
    log.debug("token {}", new StringBuilder(token).replace(3, token.length() - 3, "..."));
  }

  void acceptsADefaultPasswordComparedWithALiteral(String password) {
    if ("changeme".equals(password)) {
      log.warn("default password {} in use: change it", password);
    }
  }

  void acceptsADefaultPasswordComparedWithAConstant(String password, boolean production) {
    if (production && password.equalsIgnoreCase(DEFAULT_PASSWORD)) {
      log.error("production runs with the default password '{}'", password);
    }
  }

  void acceptsADefaultPasswordComparedByObjects(String adminPassword) {
    if (java.util.Objects.equals(adminPassword, "admin")) {
      log.warn("admin password is still " + adminPassword);
    }
  }
}
