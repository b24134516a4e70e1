package corpus.fullsecretlogged;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Getters and record accessors named like a secret are sources; text and {@code char[]} values count. */
class GettersAndAccessors {
  private static final Logger log = LoggerFactory.getLogger(GettersAndAccessors.class);

  record LlmConfig(String baseUrl, String apiKey, int maxTokens) {}

  static class Props {
    String getApiKey() {
      return "";
    }

    char[] getPassword() {
      return null;
    }
  }

  void flagsRecordAccessorAfterAnotherOne(LlmConfig config) {
    log.info("config {} {}", config.baseUrl(), config.apiKey()); // tracelint-expect: FullSecretLogged -- logs the full secret 'apiKey()'
  }

  void flagsGetter(Props props) {
    log.info("key {}", props.getApiKey()); // tracelint-expect: FullSecretLogged -- logs the full secret 'getApiKey()'
  }

  void flagsGetterOfACharArray(Props props) {
    log.info("pw {}", props.getPassword()); // tracelint-expect: FullSecretLogged -- logs the full secret 'getPassword()'
  }
}
