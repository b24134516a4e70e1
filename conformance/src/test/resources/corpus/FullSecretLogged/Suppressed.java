package corpus.fullsecretlogged;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** @SuppressWarnings("FullSecretLogged") silences the rule in both engines. */
class Suppressed {
  private static final Logger log = LoggerFactory.getLogger(Suppressed.class);

  @SuppressWarnings("FullSecretLogged")
  void localDebugging(String apiKey) {
    log.info("key {}", apiKey);
  }

  void reported(String apiKey) {
    log.info("key {}", apiKey); // tracelint-expect: FullSecretLogged -- logs the full secret 'apiKey'
  }
}
