package corpus.fullsecretlogged;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A lambda handed each element of a collection named for its secrets takes one secret at a time, whatever it calls
 * its parameter, as a for-each variable does: {@code apiKeys.forEach(k -> ..)}, also through steps that keep the
 * elements ({@code stream().filter(..)}). Not flagged: names of keys, a bare {@code tokens} list of model output, a
 * {@code map(..)} to a prefix before the step, a masked element, and a map's {@code forEach} over its names.
 */
class ElementsOfSecretCollectionsInLambdas {
  private static final Logger log = LoggerFactory.getLogger(ElementsOfSecretCollectionsInLambdas.class);

  interface PoolSettings {
    List<String> getPasswords();
  }

  void flagsEachKeyOfAPool(List<String> fallbackApiKeys) {
    fallbackApiKeys.forEach(candidate -> log.info("pool key {}", candidate)); // tracelint-expect: FullSecretLogged
  }

  void flagsEachPasswordThroughAFilteredStream(PoolSettings settings) {
    settings.getPasswords().stream()
        .filter(pw -> !pw.isBlank())
        .forEach(pw -> log.debug("replica password {}", pw)); // tracelint-expect: FullSecretLogged
  }

  void flagsATokenOfACollectionOfCredentials(List<String> refreshTokens) {
    refreshTokens.forEach(token -> log.warn("revoking {}", token)); // tracelint-expect: FullSecretLogged
  }

  void acceptsTheNamesOfTheKeys(List<String> apiKeyNames) {
    apiKeyNames.forEach(name -> log.info("key {} configured", name));
  }

  void acceptsPiecesOfModelOutput(List<String> tokens) {
    tokens.forEach(token -> System.out.print(token));
  }

  void acceptsPrefixesMappedBeforeTheStep(List<String> fallbackApiKeys) {
    fallbackApiKeys.stream().map(k -> k.substring(0, 6)).forEach(shown -> log.info("pool key {}...", shown));
  }

  void acceptsAMaskOfEachKey(List<String> fallbackApiKeys) {
    fallbackApiKeys.forEach(candidate -> log.info("pool key {}", mask(candidate)));
  }

  void acceptsTheNamesOfASecretsMap(Map<String, String> secrets) {
    secrets.forEach((name, value) -> log.info("secret {} loaded ({} chars)", name, value.length()));
  }

  private static String mask(String value) {
    return value.length() <= 4 ? "****" : "****" + value.substring(value.length() - 4);
  }
}
