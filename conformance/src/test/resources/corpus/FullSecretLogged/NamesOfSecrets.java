package corpus.fullsecretlogged;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Names, identifiers, policies and locations of secrets, literals and compile-time constants are metadata, not secret
 * values, and so is a secret used only in a condition; a client secret beside them is a value.
 */
class NamesOfSecrets {
  private static final Logger log = LoggerFactory.getLogger(NamesOfSecrets.class);
  private static final String API_KEY_HEADER = "X-Api-Key";
  private static final String PASSWORD_ENV = "DB_PASSWORD";
  private static final String API_KEY = "OPENAI_API_KEY";

  private String secretName = "prod/openai";
  private String secretArn;
  private String apiKeyId;
  private String apiKeyHeader = "X-Api-Key";
  private String passwordPolicy = "min-12";
  private String keyPrefix = "sk-proj";
  private String publicKey = "pk-lf-123";
  private String nextToken;
  private String tokenEndpoint = "https://auth.example.com/token";
  private String clientSecret;

  void acceptsNameArnAndIdOfASecret() {
    log.info("secret {} ({}) key id {}", secretName, secretArn, apiKeyId);
  }

  void acceptsConstantsNamingAHeaderAndAVariable() {
    log.info("send the key in {} from {}", API_KEY_HEADER, PASSWORD_ENV);
  }

  void acceptsConstantNamedLikeASecret() {
    log.warn("Set " + API_KEY + " first");
  }

  void acceptsFieldNamingAHeader() {
    log.info("header {}", apiKeyHeader);
  }

  void acceptsPolicyPrefixAndPublicKey() {
    log.info("policy {} prefix {} public {}", passwordPolicy, keyPrefix, publicKey);
  }

  void acceptsPageTokenAndTokenEndpoint() {
    log.info("page {} endpoint {}", nextToken, tokenEndpoint);
  }

  interface EventSegment {
    Object trackingToken();

    String checkpointToken();
  }

  void acceptsPositionsInAnEventStream(EventSegment segment, String idempotencyToken) {
    log.info("processed up to {} (checkpoint {}), request {}", segment.trackingToken(), segment.checkpointToken(),
        idempotencyToken);
  }

  interface LockedMessage {
    String lockToken();

    String getSequenceNumber();
  }

  void acceptsLocksAndLeasesOnMessagesAndResources(LockedMessage message, String leaseToken, long fencingToken) {
    log.info("renewing lock {} of message {}", message.lockToken(), message.getSequenceNumber());
    log.debug("lease {} held, fencing token {}", leaseToken, fencingToken);
  }

  interface Lease {
    String getConcurrencyToken();

    String getLeaseToken();
  }

  void acceptsTheConcurrencyTokenOfAnOptimisticUpdate(Lease lease, String concurrencyToken) {
    log.info("lease {} replaced, etag {} (was {})", lease.getLeaseToken(), lease.getConcurrencyToken(),
        concurrencyToken);
  }

  void acceptsAMessageNamedLikeASecret(String tokenKind, String requestId) {
    String unknownAuthToken = "Unknown authorization token kind '" + tokenKind + "' for request " + requestId;
    log.error(unknownAuthToken);
  }

  void flagsAMessageThatCarriesTheSecret(String user, String password) {
    String credentials = "user " + user + " with password " + password;
    log.debug(credentials); // tracelint-expect: FullSecretLogged
  }

  void flagsASchemeBeforeAnUnknownValue(String value) {
    String authToken = "Bearer " + value;
    log.debug("header {}", authToken); // tracelint-expect: FullSecretLogged
  }

  void flagsSessionTokenBesideALockToken(LockedMessage message, String sessionToken) {
    log.info("lock {} renewed with {}", message.lockToken(), sessionToken); // tracelint-expect: FullSecretLogged
  }

  void acceptsMessageAboutAMissingSecret() {
    log.warn("Client secret is missing; set {}", PASSWORD_ENV);
  }

  void acceptsSecretUsedOnlyInACondition(String apiKey) {
    if (apiKey == null || apiKey.isBlank()) {
      log.error("No API key configured");
    }
  }

  void flagsClientSecretBesideTheNames() {
    log.info("client secret {}", clientSecret); // tracelint-expect: FullSecretLogged -- logs the full secret 'clientSecret'
  }
}
