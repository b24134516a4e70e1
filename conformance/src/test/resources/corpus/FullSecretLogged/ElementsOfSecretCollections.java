package corpus.fullsecretlogged;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each element of a collection named for its secrets is a secret, whatever the loop calls it: a key tried from
 * {@code apiKeys}, a password of {@code config.getPasswords()}, a token of {@code refreshTokens}, also gathered into a
 * buffer logged after the loop. Not flagged: the names or ids of secrets ({@code apiKeyNames}, {@code apiKeyIds}), a
 * secrets map's {@code keySet()}, a bare {@code tokens} list (pieces of model output), and a short prefix of each key.
 */
class ElementsOfSecretCollections {
  private static final Logger log = LoggerFactory.getLogger(ElementsOfSecretCollections.class);

  interface VaultConfig {
    List<String> getPasswords();
  }

  void flagsEachKeyTried(List<String> apiKeys) {
    for (String key : apiKeys) {
      log.info("trying {}", key); // tracelint-expect: FullSecretLogged
    }
  }

  void flagsEachPasswordOfAGetter(VaultConfig config) {
    for (String candidate : config.getPasswords()) {
      log.debug("unsealing with {}", candidate); // tracelint-expect: FullSecretLogged
    }
  }

  void flagsATokenOfACollectionOfCredentials(List<String> refreshTokens) {
    for (String token : refreshTokens) {
      log.warn("revoking {}", token); // tracelint-expect: FullSecretLogged
    }
  }

  void flagsTheElementsGatheredIntoABuffer(String[] fallbackApiKeys) {
    StringBuilder tried = new StringBuilder();
    for (String each : fallbackApiKeys) {
      tried.append(each).append(' ');
    }
    log.error("every key failed: {}", tried); // tracelint-expect: FullSecretLogged
  }

  void acceptsTheNamesOfTheKeys(List<String> apiKeyNames) {
    for (String name : apiKeyNames) {
      log.info("key {} configured", name);
    }
  }

  void acceptsTheIdsOfTheKeys(List<String> apiKeyIds) {
    for (String id : apiKeyIds) {
      log.info("rotating key {}", id);
    }
  }

  void acceptsTheNamesOfASecretsMap(Map<String, String> secrets) {
    for (String name : secrets.keySet()) {
      log.info("secret {} loaded", name);
    }
  }

  void acceptsStreamedTokens(List<String> tokens) {
    for (String piece : tokens) {
      log.trace("model said {}", piece);
    }
  }

  void acceptsAPrefixOfEachKey(List<String> apiKeys) {
    for (String key : apiKeys) {
      log.info("trying {}...", key.substring(0, 6));
    }
  }
}
