package corpus.fullsecretlogged;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The value unwrapped from a holder named like a secret ({@code getValue()}, {@code Optional#get},
 * {@code Supplier#get}) and a signed JWS are the secret; a holder's name, presence or count, a lexer's token, a model
 * name and a signing algorithm are not.
 */
class SecretHolders {
  private static final Logger log = LoggerFactory.getLogger(SecretHolders.class);

  interface VaultSecret {
    String getName();

    String getValue();
  }

  interface JwsBuilder {
    JwsBuilder subject(String subject);

    String compact();
  }

  interface LexerToken {
    String getValue();
  }

  void flagsValueOfARetrievedSecret(VaultSecret retrievedSecret) {
    System.out.println("Your secret is '" + retrievedSecret.getValue() + "'."); // tracelint-expect: FullSecretLogged -- logs the full secret 'retrievedSecret'
  }

  void acceptsNameOfARetrievedSecret(VaultSecret retrievedSecret) {
    System.out.println("Retrieved " + retrievedSecret.getName());
  }

  void acceptsPresenceOfASecretValue(VaultSecret retrievedSecret) {
    log.info("secret present {}", retrievedSecret.getValue() != null);
  }

  void flagsOptionalApiKey(Optional<String> apiKey) {
    log.debug("api key {}", apiKey.get()); // tracelint-expect: FullSecretLogged -- logs the full secret 'apiKey'
  }

  void flagsSuppliedClientSecret(Supplier<String> clientSecret) {
    log.debug("client secret {}", clientSecret.get()); // tracelint-expect: FullSecretLogged -- logs the full secret 'clientSecret'
  }

  void acceptsPresenceOfAnOptionalApiKey(Optional<String> apiKey) {
    log.info("api key configured {}", apiKey.isPresent());
  }

  void acceptsOptionalSecretName(Optional<String> secretName) {
    log.info("secret name {}", secretName.get());
  }

  void acceptsSuppliedModelName(Supplier<String> modelName) {
    log.info("model {}", modelName.get());
  }

  void acceptsOptionalTokenLimit(Optional<Integer> maxTokens) {
    log.info("max {}", maxTokens.get());
  }

  void acceptsValueOfALexerToken(LexerToken token) {
    log.debug("lexer token {}", token.getValue());
  }

  void flagsSignedJws(JwsBuilder builder, String user) {
    String jws = builder.subject(user).compact();
    log.warn("jws: {}", jws); // tracelint-expect: FullSecretLogged -- logs the full secret 'jws'
  }

  void acceptsSigningAlgorithmAndTokenCount(String jwsAlgorithm, AtomicInteger tokenCount) {
    log.info("signed with {} ({} tokens so far)", jwsAlgorithm, tokenCount.get());
  }
}
