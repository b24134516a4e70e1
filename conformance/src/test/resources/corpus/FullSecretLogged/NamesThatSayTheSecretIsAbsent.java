package corpus.fullsecretlogged;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A name that opens by saying its secret is absent ({@code NO_CACHED_ACCESS_TOKEN}, {@code missingApiKeyMessage},
 * {@code withoutPassword}) is a reason, a message or a flag about the secret, never the secret: there is none to hold.
 * The secret itself, fetched because none was cached, is still reported.
 */
class NamesThatSayTheSecretIsAbsent {
  private static final Logger log = LoggerFactory.getLogger(NamesThatSayTheSecretIsAbsent.class);

  enum CacheRefreshReason { NOT_APPLICABLE, EXPIRED, NO_CACHED_ACCESS_TOKEN }

  interface TokenClient {
    String acquireAccessToken(String scope);
  }

  private static final String MISSING_API_KEY = "OPENAI_API_KEY is not set";

  void acceptsRefreshReasonNamedForAnAbsentToken() {
    log.debug(String.format("Refreshing access token. Cache refresh reason: %s", CacheRefreshReason.NO_CACHED_ACCESS_TOKEN));
  }

  void acceptsMessageNamedForAMissingKey(String provider) {
    String missingApiKeyMessage = "no API key configured for " + provider;
    log.warn(missingApiKeyMessage);
    log.error("{}", MISSING_API_KEY);
  }

  void acceptsTheNameOfTheVariableThatIsNotSet() {
    String missingOpenAiApiKey = firstUnset("OPENAI_API_KEY", "AZURE_OPENAI_API_KEY");
    log.error("set {} to call the model", missingOpenAiApiKey);
  }

  private static String firstUnset(String... names) {
    for (String name : names) {
      if (System.getenv(name) == null) {
        return name;
      }
    }
    return null;
  }

  void acceptsFlagNamedForAnAbsentPassword(boolean withoutPassword) {
    log.info("connecting without password: {}", withoutPassword);
  }

  void flagsTheTokenFetchedBecauseNoneWasCached(TokenClient client) {
    String accessToken = client.acquireAccessToken("scope");
    log.debug("no cached token; acquired {}", accessToken); // tracelint-expect: FullSecretLogged -- logs the full secret 'accessToken'
  }

  void flagsACachedTokenLoggedWhole(String cachedAccessToken) {
    log.debug("using {}", cachedAccessToken); // tracelint-expect: FullSecretLogged -- logs the full secret 'cachedAccessToken'
  }
}
