package corpus.fullsecretlogged;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;

/** A field injected with {@code @Value} of a secret property is a source whatever its name; other settings are not. */
class InjectedValues {
  private static final Logger log = LoggerFactory.getLogger(InjectedValues.class);

  @Value("${openai.api-key}")
  private String key;

  @Value("${openai.base-url}")
  private String baseUrl;

  @Value("${openai.max-tokens:1024}")
  private int maxTokens;

  void flagsFieldInjectedFromASecretProperty() {
    log.info("OpenAI at {} with key {}", baseUrl, key); // tracelint-expect: FullSecretLogged -- logs the full secret 'key'
  }

  void acceptsPrefixOfAnInjectedSecret() {
    log.info("OpenAI at {} with key {}...", baseUrl, key.substring(0, Math.min(6, key.length())));
  }

  void acceptsInjectedNumberNamedForTokens() {
    log.info("max tokens {}", maxTokens);
  }
}
