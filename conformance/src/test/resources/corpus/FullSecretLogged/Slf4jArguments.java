package corpus.fullsecretlogged;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MarkerFactory;

/**
 * The classic SLF4J API at every level: a secret passed as an argument, concatenated into the message, after a
 * {@code Marker} or before a {@code Throwable} is one finding per call, naming the first secret; other arguments,
 * literals that mention a key and presence checks are not.
 */
class Slf4jArguments {
  private static final Logger log = LoggerFactory.getLogger(Slf4jArguments.class);

  private String apiKey;
  private String baseUrl;

  void flagsFieldPassedAsAnArgument() {
    log.info("Calling {} with key {}", baseUrl, apiKey); // tracelint-expect: FullSecretLogged -- logs the full secret 'apiKey': log a short prefix or a mask instead
  }

  void flagsParameterConcatenatedIntoTheMessage(String password) {
    log.debug("password is " + password); // tracelint-expect: FullSecretLogged -- logs the full secret 'password'
  }

  void flagsParameterPassedAsAnArgument(String clientSecret) {
    log.warn("secret {}", clientSecret); // tracelint-expect: FullSecretLogged -- logs the full secret 'clientSecret'
  }

  void flagsArgumentBeforeAThrowable() {
    log.error("failed with key {}", apiKey, new IllegalStateException()); // tracelint-expect: FullSecretLogged -- logs the full secret 'apiKey'
  }

  void flagsConcatenationBeforeAThrowable() {
    log.error("key " + apiKey, new RuntimeException()); // tracelint-expect: FullSecretLogged -- logs the full secret 'apiKey'
  }

  void flagsLastOfSeveralArguments(String password) {
    log.trace("a {} b {} c {}", "x", "y", password); // tracelint-expect: FullSecretLogged -- logs the full secret 'password'
  }

  void flagsArgumentAfterAMarker() {
    log.warn(MarkerFactory.getMarker("SEC"), "key {} {}", 1, apiKey); // tracelint-expect: FullSecretLogged -- logs the full secret 'apiKey'
  }

  void reportsOnlyTheFirstSecretOfACall(String apiKey, String password) {
    log.info("key {} pw {}", apiKey, password); // tracelint-expect: FullSecretLogged -- logs the full secret 'apiKey'
  }

  void acceptsArgumentThatIsNoSecret() {
    log.info("Calling {}", baseUrl);
  }

  void acceptsLiteralThatMentionsAKey() {
    log.info("API key is missing");
  }

  void acceptsPresenceCheck() {
    log.info("key configured: {}", apiKey != null);
  }
}
