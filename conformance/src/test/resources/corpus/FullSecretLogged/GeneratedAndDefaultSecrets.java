package corpus.fullsecretlogged;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A password the program generated for this run, or a documented default one, printed on purpose so that a developer
 * can log in once: silent only inside the guard that asks for it. A configured secret is still reported, also beside
 * such a guard, under its negation, or under a question about something else; so are a generated API token (a user's
 * real credential) and the token of "default credentials" (the real ones found in the environment).
 */
class GeneratedAndDefaultSecrets {
  private static final Logger log = LoggerFactory.getLogger(GeneratedAndDefaultSecrets.class);

  static final class UserSettings {
    private String password;
    private boolean passwordGenerated = true;

    String getPassword() {
      return password;
    }

    boolean isPasswordGenerated() {
      return passwordGenerated;
    }

    boolean isPasswordExpired() {
      return false;
    }
  }

  static final class BrokerSettings {
    private String clusterPassword;

    String getClusterPassword() {
      return clusterPassword;
    }

    boolean isDefaultClusterPassword() {
      return clusterPassword == null;
    }

    boolean isDefaultEnabled() {
      return true;
    }
  }

  void acceptsAGeneratedPasswordPrintedForDevelopment(UserSettings user) {
    if (user.isPasswordGenerated()) {
      log.warn(String.format("%nUsing generated security password: %s%n", user.getPassword()));
    }
  }

  void acceptsTheDefaultPasswordOnlyWhileItIsTheDefault(BrokerSettings settings) {
    if (settings.isDefaultClusterPassword() && log.isDebugEnabled()) {
      log.debug("Using default cluster password: " + settings.getClusterPassword());
    }
  }

  void acceptsAGeneratedPasswordFlagHeldInALocal(String adminPassword, boolean passwordGenerated) {
    if (passwordGenerated) {
      log.info("Generated admin password for this run: {}", adminPassword);
    }
  }

  void flagsAGeneratedApiTokenHandedToAUser(String apiToken, boolean tokenGenerated) {
    if (tokenGenerated) {
      log.info("Generated API token for the user: {}", apiToken); // tracelint-expect: FullSecretLogged
    }
  }

  void flagsTokensOfDefaultCredentials(String accessToken, boolean usingDefaultCredentials) {
    if (usingDefaultCredentials) {
      log.debug("Application default credentials, token {}", accessToken); // tracelint-expect: FullSecretLogged
    }
  }

  void flagsAConfiguredPassword(UserSettings user) {
    if (!user.isPasswordGenerated()) {
      log.warn("Using configured password {}", user.getPassword()); // tracelint-expect: FullSecretLogged
    }
  }

  void flagsAPasswordLoggedAfterTheGuardEnds(UserSettings user) {
    if (user.isPasswordGenerated()) {
      log.info("a password was generated");
    }
    log.info("password: {}", user.getPassword()); // tracelint-expect: FullSecretLogged
  }

  void flagsAPasswordUnderAQuestionAboutSomethingElse(UserSettings user) {
    if (user.isPasswordExpired()) {
      log.warn("expired password {}", user.getPassword()); // tracelint-expect: FullSecretLogged
    }
  }

  void flagsAPasswordUnderADefaultQuestionThatDoesNotAskForIt(BrokerSettings settings) {
    if (settings.isDefaultEnabled()) {
      log.debug("cluster password " + settings.getClusterPassword()); // tracelint-expect: FullSecretLogged
    }
  }

  void flagsAPasswordInTheElseBranchOfTheGuard(UserSettings user) {
    if (user.isPasswordGenerated()) {
      log.info("using a generated password");
    } else {
      log.info("using password {}", user.getPassword()); // tracelint-expect: FullSecretLogged
    }
  }
}
