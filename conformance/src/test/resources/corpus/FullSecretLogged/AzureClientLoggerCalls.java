package corpus.fullsecretlogged;

import com.azure.core.util.logging.ClientLogger;
import com.azure.core.util.logging.LogLevel;

/**
 * The Azure SDK's logger ({@code ClientLogger}) and its fluent builder ({@code atInfo().addKeyValue(..).log(..)}) write
 * their arguments to the log like SLF4J's: a whole key is a leak there too; its prefix, a lock token or an endpoint
 * is not.
 */
class AzureClientLoggerCalls {
  private static final ClientLogger LOGGER = new ClientLogger(AzureClientLoggerCalls.class);

  private final String endpoint;
  private final String searchApiKey;

  AzureClientLoggerCalls(String endpoint, String searchApiKey) {
    this.endpoint = endpoint;
    this.searchApiKey = searchApiKey;
  }

  void flagsKeyInAFormattedMessage() {
    LOGGER.info("connecting to {} with key {}", endpoint, searchApiKey); // tracelint-expect: FullSecretLogged
  }

  void flagsKeyAddedToAStructuredEvent() {
    LOGGER.atInfo()
        .addKeyValue("apiKey", searchApiKey) // tracelint-expect: FullSecretLogged
        .log("search client created");
  }

  void flagsKeyInALazyMessage() {
    LOGGER.log(LogLevel.VERBOSE, () -> "key " + searchApiKey); // tracelint-expect: FullSecretLogged
  }

  void acceptsKeyPrefixAndEndpoint() {
    LOGGER.info("connecting to {} with key {}...", endpoint, searchApiKey.substring(0, 4));
  }

  void acceptsLockTokenOfAMessage(String lockToken, long sequenceNumber) {
    LOGGER.atVerbose()
        .addKeyValue("lockToken", lockToken)
        .addKeyValue("sequenceNumber", sequenceNumber)
        .log("renewing message lock");
  }

  void acceptsWarningAboutAMissingKey() {
    if (searchApiKey == null || searchApiKey.isBlank()) {
      LOGGER.warning("no search key configured for {}", endpoint);
    }
  }
}
