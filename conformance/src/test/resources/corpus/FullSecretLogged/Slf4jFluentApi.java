package corpus.fullsecretlogged;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SLF4J 2 fluent API: {@code addArgument}, {@code addKeyValue}, {@code setMessage} and {@code log} are reported at
 * the step that carries the secret, on its own line when the chain is split; a prefix supplier or a count is not.
 */
class Slf4jFluentApi {
  private static final Logger log = LoggerFactory.getLogger(Slf4jFluentApi.class);

  void flagsAddArgumentOnItsOwnLine(String accessToken) {
    log.atInfo()
        .addArgument(accessToken) // tracelint-expect: FullSecretLogged -- logs the full secret 'accessToken'
        .log("token {}");
  }

  void flagsAddKeyValue(String accessToken) {
    log.atDebug().addKeyValue("token", accessToken).log("refreshed"); // tracelint-expect: FullSecretLogged -- logs the full secret 'accessToken'
  }

  void flagsArgumentOfTheFinalLog(String clientSecret) {
    log.atWarn().log("secret {}", clientSecret); // tracelint-expect: FullSecretLogged -- logs the full secret 'clientSecret'
  }

  void flagsSetMessage(String token) {
    log.atInfo().setMessage("token " + token).log(); // tracelint-expect: FullSecretLogged -- logs the full secret 'token'
  }

  void acceptsKeyValueThatIsACount(int maxTokens) {
    log.atInfo().addKeyValue("maxTokens", maxTokens).log("configured");
  }

  void acceptsSupplierOfAPrefix(String accessToken) {
    log.atInfo().addArgument(() -> accessToken.substring(0, 4)).log("token prefix {}");
  }
}
