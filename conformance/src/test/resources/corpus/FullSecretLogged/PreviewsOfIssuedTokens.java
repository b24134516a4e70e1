package corpus.fullsecretlogged;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A preview of an issued key or token: its vendor's marker and a few characters more, enough to tell workspaces and
 * keys apart in a debug line. Up to 16 characters of a value 32 to 200 long is a prefix, not the secret; a longer
 * cut, or a guard that prints the value whole when it is longer than that, logs the secret.
 */
class PreviewsOfIssuedTokens {
  private static final Logger log = LoggerFactory.getLogger(PreviewsOfIssuedTokens.class);
  private static final int PREVIEW_LENGTH = 12;

  void acceptsSixteenCharacterPreviewMarkedAsCut(String token, String teamId) {
    if (log.isDebugEnabled()) {
      log.debug("cached auth.test (token: {}, team: {})", token.substring(0, 16) + "...", teamId);
    }
  }

  void acceptsPreviewOfANamedLength(String botToken) {
    log.info("bot token {}…", botToken.substring(0, PREVIEW_LENGTH));
  }

  void acceptsFormatPrecisionOfTwelve(String apiKey) {
    log.info(String.format("using key %.12s...", apiKey));
  }

  void acceptsPreviewClampedToTheLength(String accessToken) {
    log.debug("access token {}", accessToken.substring(0, Math.min(16, accessToken.length())));
  }

  void acceptsPreviewGuardedByItsLength(String apiKey) {
    log.info("key {}", apiKey.length() > 16 ? apiKey.substring(0, 16) + "..." : apiKey);
  }

  void flagsCutLongerThanAPreview(String token) {
    log.debug("token {}", token.substring(0, 24) + "..."); // tracelint-expect: FullSecretLogged -- logs the full secret 'token'
  }

  void flagsFormatPrecisionOfAWholeKey(String apiKey) {
    log.info(String.format("using key %.40s", apiKey)); // tracelint-expect: FullSecretLogged -- logs the full secret 'apiKey'
  }

  void flagsGuardThatPrintsLongKeysWhole(String apiKey) {
    log.info("key {}", apiKey.length() > 32 ? apiKey.substring(0, 8) : apiKey); // tracelint-expect: FullSecretLogged -- logs the full secret 'apiKey'
  }

  void flagsPreviewOfTheWrongValue(String accessToken, String refreshToken) {
    log.debug("tokens {} {}", accessToken.substring(0, 8), refreshToken); // tracelint-expect: FullSecretLogged -- logs the full secret 'refreshToken'
  }
}
