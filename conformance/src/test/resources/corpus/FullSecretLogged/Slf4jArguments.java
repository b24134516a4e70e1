package corpus.fullsecretlogged;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** SLF4J calls at every level, with the secret as an argument, in the message, or after other arguments. */
class Slf4jArguments {
  private static final Logger log = LoggerFactory.getLogger(Slf4jArguments.class);

  private String apiKey;
  private String baseUrl;

  void start(String password, String clientSecret) {
    log.info("Calling {} with key {}", baseUrl, apiKey); // tracelint-expect: FullSecretLogged
    log.debug("password is " + password); // tracelint-expect: FullSecretLogged
    log.warn("secret {}", clientSecret); // tracelint-expect: FullSecretLogged
    log.error("failed with key {}", apiKey, new IllegalStateException()); // tracelint-expect: FullSecretLogged
    log.trace("a {} b {} c {}", "x", "y", password); // tracelint-expect: FullSecretLogged
    log.info("Calling {}", baseUrl);
    log.info("API key is missing");
    log.info("key configured: {}", apiKey != null);
  }
}
