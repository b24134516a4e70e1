package corpus.fullsecretlogged;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A text field named neutrally that the class gives a secret (an access token it fetched, an environment variable
 * holding a key, a secret parameter) holds it wherever it is logged. A field given only ordinary values, a mask, or a
 * secret's length is not a logged secret.
 */
class TokensCachedInFields {
  private static final Logger log = LoggerFactory.getLogger(TokensCachedInFields.class);

  interface TokenClient {
    String getAccessToken();

    String getRegion();
  }

  private final TokenClient client;
  private String value;
  private final String key = System.getenv("OPENAI_API_KEY");
  private String current;
  private String label;
  private String shown;
  private int size;

  TokensCachedInFields(TokenClient client, String bearerToken) {
    this.client = client;
    this.current = bearerToken;
    this.shown = bearerToken.substring(0, 6);
    this.size = bearerToken.length();
  }

  void refresh() {
    value = client.getAccessToken();
    label = client.getRegion();
  }

  void flagsFieldGivenAnAccessTokenElsewhere() {
    log.info("cached {}", value); // tracelint-expect: FullSecretLogged -- logs the full secret 'value'
  }

  void flagsFieldInitializedFromAnApiKeyVariable() {
    log.info("using key {}", this.key); // tracelint-expect: FullSecretLogged -- logs the full secret 'key'
  }

  void flagsFieldGivenASecretParameter() {
    log.debug("current {}", current); // tracelint-expect: FullSecretLogged -- logs the full secret 'current'
  }

  void acceptsFieldGivenAnOrdinaryValue() {
    log.info("region {}", label);
  }

  void acceptsFieldGivenAShortPrefix() {
    log.info("token {}...", shown);
  }

  void acceptsFieldGivenALength() {
    log.info("token length {}", size);
  }

  void acceptsClientField() {
    log.info("client {}", client);
  }
}
