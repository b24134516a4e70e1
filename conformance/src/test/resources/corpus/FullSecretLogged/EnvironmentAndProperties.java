package corpus.fullsecretlogged;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;

/**
 * Environment variables, system properties and Spring properties read by a secret key (a literal or a constant, also
 * through a local) are sources, named by the key; reads of other keys and the names of keys are not.
 */
class EnvironmentAndProperties {
  private static final Logger log = LoggerFactory.getLogger(EnvironmentAndProperties.class);
  private static final String API_KEY_ENV = "OPENAI_API_KEY";
  private static final String KEY_VAR = "LANGFUSE_SECRET_KEY";

  void flagsEnvironmentVariable() {
    log.info("key {}", System.getenv("OPENAI_API_KEY")); // tracelint-expect: FullSecretLogged -- logs the full secret 'OPENAI_API_KEY'
  }

  void flagsEnvironmentVariableNamedByAConstant() {
    log.info("key {}", System.getenv(KEY_VAR)); // tracelint-expect: FullSecretLogged -- logs the full secret 'LANGFUSE_SECRET_KEY'
  }

  void flagsEntryOfTheWholeEnvironment() {
    log.info("key {}", System.getenv().get("OPENAI_API_KEY")); // tracelint-expect: FullSecretLogged -- logs the full secret 'OPENAI_API_KEY'
  }

  void flagsTrimmedEnvironmentVariable() {
    log.info("pw {}", System.getenv("DB_PWD").trim()); // tracelint-expect: FullSecretLogged -- logs the full secret 'DB_PWD'
  }

  void flagsSystemProperty() {
    log.info("key {}", System.getProperty("openai.api-key")); // tracelint-expect: FullSecretLogged -- logs the full secret 'openai.api-key'
  }

  void flagsSpringProperty(Environment environment) {
    log.info("key {}", environment.getProperty("langfuse.secret-key")); // tracelint-expect: FullSecretLogged -- logs the full secret 'langfuse.secret-key'
  }

  void flagsLocalReadByALiteral() {
    String key = System.getenv("OPENAI_API_KEY");
    log.info("Using key {}", key); // tracelint-expect: FullSecretLogged -- logs the full secret 'key'
  }

  void flagsLocalReadThroughAConstant() {
    String key = System.getenv(API_KEY_ENV);
    log.info("using key {}", key); // tracelint-expect: FullSecretLogged -- logs the full secret 'key'
  }

  void acceptsNameOfAMissingVariable() {
    String key = System.getenv(API_KEY_ENV);
    if (key == null) {
      log.warn("{} is not set", API_KEY_ENV);
    }
  }

  void acceptsNameOfTheVariable() {
    log.info("read the key from {}", API_KEY_ENV);
  }

  void acceptsEnvironmentVariableThatIsNoSecret() {
    log.info("base url {}", System.getenv("OPENAI_BASE_URL"));
  }

  void acceptsSpringPropertyThatIsNoSecret(Environment environment) {
    log.info("max tokens {}", environment.getProperty("app.max-tokens"));
  }

  void acceptsSystemPropertyThatIsNoSecret() {
    log.info("content type {}", System.getProperty("app.max-tokens"));
  }

  void acceptsWorkingDirectoryInALocalCalledPwd() {
    String pwd = System.getProperty("user.dir");
    System.out.println("working dir " + pwd);
  }
}
