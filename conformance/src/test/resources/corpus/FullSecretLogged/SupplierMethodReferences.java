package corpus.fullsecretlogged;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * A Log4j {@code Supplier} or an SLF4J fluent argument given as a method reference is called when the line is
 * written: {@code props::apiKey} logs the key. A reference to an ordinary accessor, to a secret's name or id, to a
 * flag or to a masking method is not a logged secret.
 */
class SupplierMethodReferences {
  private static final Logger LOGGER = LogManager.getLogger();
  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SupplierMethodReferences.class);

  record ClientProperties(String baseUrl, String apiKey, String apiKeyId, boolean hasApiKey) {
    String maskedApiKey() {
      return apiKey.substring(0, 4) + "...";
    }
  }

  static final class Credentials {
    private final String clientSecret;

    Credentials(String clientSecret) {
      this.clientSecret = clientSecret;
    }

    String getClientSecret() {
      return clientSecret;
    }
  }

  void flagsLog4jSupplierReferenceToARecordAccessor(ClientProperties props) {
    LOGGER.debug("key {}", props::apiKey); // tracelint-expect: FullSecretLogged -- logs the full secret 'apiKey()'
  }

  void flagsLog4jSupplierReferenceToAGetter(Credentials credentials) {
    LOGGER.info("secret {}", credentials::getClientSecret); // tracelint-expect: FullSecretLogged -- logs the full secret 'getClientSecret()'
  }

  void flagsSlf4jFluentArgumentReference(ClientProperties props) {
    log.atDebug().setMessage("key {}").addArgument(props::apiKey).log(); // tracelint-expect: FullSecretLogged -- logs the full secret 'apiKey()'
  }

  void acceptsReferenceToAnOrdinaryAccessor(ClientProperties props) {
    LOGGER.info("base url {}", props::baseUrl);
  }

  void acceptsReferenceToTheKeysId(ClientProperties props) {
    LOGGER.info("key id {}", props::apiKeyId);
  }

  void acceptsReferenceToAFlag(ClientProperties props) {
    LOGGER.info("key present {}", props::hasApiKey);
  }

  void acceptsReferenceToAMaskedForm(ClientProperties props) {
    log.atInfo().setMessage("key {}").addArgument(props::maskedApiKey).log();
  }
}
