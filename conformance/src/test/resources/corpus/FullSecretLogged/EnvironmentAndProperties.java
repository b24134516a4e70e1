package corpus.fullsecretlogged;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;

/** Environment variables and properties read by secret keys, and the names of such keys. */
class EnvironmentAndProperties {
  private static final Logger log = LoggerFactory.getLogger(EnvironmentAndProperties.class);
  private static final String API_KEY_ENV = "OPENAI_API_KEY";

  void start(Environment environment) {
    log.info("key {}", System.getenv("OPENAI_API_KEY")); // tracelint-expect: FullSecretLogged
    log.info("key {}", environment.getProperty("langfuse.secret-key")); // tracelint-expect: FullSecretLogged
    String key = System.getenv(API_KEY_ENV);
    log.info("using key {}", key); // tracelint-expect: FullSecretLogged
    log.info("base url {}", System.getenv("OPENAI_BASE_URL"));
    log.info("read the key from {}", API_KEY_ENV);
    log.info("max tokens {}", environment.getProperty("app.max-tokens"));
    if (key == null) {
      log.warn("{} is not set", API_KEY_ENV);
    }
  }
}
