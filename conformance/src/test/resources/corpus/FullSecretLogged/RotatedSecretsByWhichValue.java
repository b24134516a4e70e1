package corpus.fullsecretlogged;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Words such as previous, current, next or last before a secret term say which value of the secret a name holds
 * (a rotation, a password change): it is still the secret. Only a token can be a cursor, a lock or a lease by them.
 */
public class RotatedSecretsByWhichValue {
  private static final Logger log = LoggerFactory.getLogger(RotatedSecretsByWhichValue.class);

  void flagsPreviousSecretAfterRotation(String previousSecret) {
    log.info("rotated away from {}", previousSecret); // tracelint-expect: FullSecretLogged -- 'previousSecret'
  }

  void flagsCurrentPasswordOfAPasswordChange(String currentPassword, String newPassword) {
    log.debug("changing password from {}", currentPassword); // tracelint-expect: FullSecretLogged -- 'currentPassword'
  }

  void flagsLastApiKeyUsed(String lastApiKey) {
    log.warn("last key used: {}", lastApiKey); // tracelint-expect: FullSecretLogged -- 'lastApiKey'
  }

  void acceptsNextPageToken(String nextPageToken) {
    log.debug("fetching the page after {}", nextPageToken);
  }

  void acceptsPreviousTokenOfAPagedListing(String previousToken) {
    log.debug("going back to {}", previousToken);
  }

  void acceptsContinuationAndLeaseTokens(String continuationToken, String leaseToken) {
    log.debug("resuming at {} under lease {}", continuationToken, leaseToken);
  }

  void acceptsMutationTokenOfAWrite(String documentId, String mutationToken) {
    log.info("stored {}, mutation {}", documentId, mutationToken);
  }

  void acceptsLastTokenOfAParser(String lastToken) {
    log.trace("parser stopped after {}", lastToken);
  }

  void acceptsPreviousSecretVersionId(String previousSecretVersion) {
    log.info("rotated away from version {}", previousSecretVersion);
  }
}
