package corpus.fullsecretlogged;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;

/** Fields injected from secret properties, whatever their names, and ordinary injected settings. */
class InjectedValues {
  private static final Logger log = LoggerFactory.getLogger(InjectedValues.class);

  @Value("${openai.api-key}")
  private String key;

  @Value("${openai.base-url}")
  private String baseUrl;

  @Value("${openai.max-tokens:1024}")
  private int maxTokens;

  void start() {
    log.info("OpenAI at {} with key {}", baseUrl, key); // tracelint-expect: FullSecretLogged
    log.info("OpenAI at {} with key {}...", baseUrl, key.substring(0, Math.min(6, key.length())));
    log.info("max tokens {}", maxTokens);
  }
}
