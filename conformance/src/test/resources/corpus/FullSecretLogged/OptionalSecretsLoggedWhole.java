package corpus.fullsecretlogged;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@code Optional<String>} prints its value ({@code Optional[sk-...]}): one named like a secret and logged whole, or
 * concatenated, prints the secret. Not flagged: whether it is present, a short prefix mapped out of it, an
 * {@code Optional} of a type that holds no text (a class that writes no {@code toString} prints its name and hash) and
 * an {@code Optional<char[]>}, which prints the array's identity, not its characters.
 */
class OptionalSecretsLoggedWhole {
  private static final Logger log = LoggerFactory.getLogger(OptionalSecretsLoggedWhole.class);

  static final class SigningMaterial {
    private final byte[] bytes;

    SigningMaterial(byte[] bytes) {
      this.bytes = bytes.clone();
    }

    int size() {
      return bytes.length;
    }
  }

  private final Optional<String> apiKeyOptional = Optional.ofNullable(System.getenv("MISTRAL_API_KEY"));

  void flagsAnOptionalKeyFieldLoggedWhole() {
    log.info("key {}", apiKeyOptional); // tracelint-expect: FullSecretLogged
  }

  void flagsAnOptionalTokenLocal() {
    Optional<String> token = Optional.ofNullable(System.getenv("API_TOKEN"));
    log.debug("{}", token); // tracelint-expect: FullSecretLogged
  }

  void flagsAnOptionalParameterConcatenated(Optional<String> clientSecret) {
    log.warn("client secret " + clientSecret); // tracelint-expect: FullSecretLogged
  }

  void acceptsWhetherTheTokenIsPresent() {
    Optional<String> token = Optional.ofNullable(System.getenv("API_TOKEN"));
    log.debug("token present: {}", token.isPresent());
  }

  void acceptsAPrefixMappedOutOfTheKey() {
    log.info("key {}", apiKeyOptional.map(key -> key.substring(0, 4)));
  }

  void acceptsAnOptionalOfAnObjectWithoutText(Optional<SigningMaterial> signingKey) {
    log.info("signing key {}", signingKey);
  }

  void acceptsAnOptionalOfCharacters(Optional<char[]> password) {
    log.info("password {}", password);
  }
}
