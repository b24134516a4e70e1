package corpus.fullsecretlogged;

import org.slf4j.Logger;

/**
 * An in-house SDK that has no artifact (written here as nested types): a logger facade over SLF4J, also behind
 * {@code var}, a configuration with a secret getter and field beside token counts, a vault whose {@code info} and
 * {@code warn} log nothing, and an access-token object that is not text although its token value is.
 *
 * <p>Without an auxclasspath PMD resolves the facade (it is declared here) but not its SLF4J supertype, so it neither
 * knows the facade as a logger nor falls back on the receiver's name, which it does only for a {@code var} of unknown
 * type or a type that did not resolve: calls on the facade are findings only with types.
 */
class InHouseSdk {

  /** An in-house logger facade, as agent SDKs ship them. */
  interface AgentLogger extends Logger {
    static AgentLogger create() {
      throw new UnsupportedOperationException("corpus stub: compiled, never run");
    }
  }

  static class AgentConfig {
    String token;
    int maxTokens;

    String getApiKey() {
      return "";
    }

    int getTotalTokens() {
      return 0;
    }

    void store(String value) {}
  }

  static class Vault {
    void info(String value) {}

    void warn(String value) {}
  }

  static class AccessToken {
    String getTokenValue() {
      return "";
    }
  }

  private static final AgentLogger log = AgentLogger.create();

  void flagsSecretGetterOfAnInHouseConfig(AgentConfig config) {
    log.info("key {}", config.getApiKey()); // tracelint-expect-with-types: FullSecretLogged -- logs the full secret 'getApiKey()'
  }

  void flagsSecretFieldLoggedThroughAVarLogger(AgentConfig config) {
    var logger = AgentLogger.create();
    logger.warn("token " + config.token); // tracelint-expect-with-types: FullSecretLogged -- logs the full secret 'token'
  }

  void acceptsTokenCountsOfAnInHouseConfig(AgentConfig config) {
    log.info("tokens {} max {}", config.getTotalTokens(), config.maxTokens);
  }

  void acceptsPrefixOfASecretGetter(AgentConfig config) {
    log.info("key prefix {}", config.getApiKey().substring(0, 6));
  }

  void acceptsSecretHandedToAnInHouseMethod(AgentConfig config) {
    config.store(config.getApiKey());
  }

  void acceptsCallsOnAReceiverNotNamedLikeALogger(Vault vault, String apiKey) {
    vault.info(apiKey);
    vault.warn("key " + apiKey);
  }

  void acceptsAccessTokenObject(AccessToken accessToken) {
    log.info("access token {}", accessToken);
  }

  void flagsTokenValueInsideStringFormat(AccessToken accessToken) {
    System.out.println(String.format("token : %s", accessToken.getTokenValue())); // tracelint-expect: FullSecretLogged -- logs the full secret 'getTokenValue()'
  }

  void flagsTokenValue(AccessToken accessToken) {
    log.info("token {}", accessToken.getTokenValue()); // tracelint-expect-with-types: FullSecretLogged -- logs the full secret 'getTokenValue()'
  }
}
