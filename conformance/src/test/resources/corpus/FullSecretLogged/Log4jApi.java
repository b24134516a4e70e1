package corpus.fullsecretlogged;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Log4j 2: arguments, {@code printf}, {@code Supplier} lambdas, the {@code LogBuilder} and {@code fatal} are sinks; a
 * length, or a lambda that supplies a hash, is not.
 */
class Log4jApi {
  private static final Logger LOGGER = LogManager.getLogger();

  void flagsArgument(String apiKey) {
    LOGGER.info("key {}", apiKey); // tracelint-expect: FullSecretLogged -- logs the full secret 'apiKey'
  }

  void flagsPrintf(String apiKey) {
    LOGGER.printf(Level.INFO, "key %s", apiKey); // tracelint-expect: FullSecretLogged -- logs the full secret 'apiKey'
  }

  void flagsSupplierLambda(String apiKey) {
    LOGGER.debug("key {}", () -> apiKey); // tracelint-expect: FullSecretLogged -- logs the full secret 'apiKey'
  }

  void flagsLogBuilder(String apiKey) {
    LOGGER.atInfo().log("key {}", apiKey); // tracelint-expect: FullSecretLogged -- logs the full secret 'apiKey'
  }

  void flagsFatal(String apiKey) {
    LOGGER.fatal("key " + apiKey); // tracelint-expect: FullSecretLogged -- logs the full secret 'apiKey'
  }

  void acceptsLength(String apiKey) {
    LOGGER.info("key length {}", apiKey.length());
  }

  void acceptsSupplierOfAHash(String apiKey) {
    LOGGER.info("key hash {}", () -> apiKey.hashCode());
  }
}
