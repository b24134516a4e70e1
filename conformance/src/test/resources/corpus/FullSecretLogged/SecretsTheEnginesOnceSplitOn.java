package corpus.fullsecretlogged;

import static java.lang.Math.max;
import static java.lang.Math.min;
import static java.lang.System.out;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;

/**
 * Shapes on which Error Prone and PMD once gave different verdicts, before one procedure decided for both: the console
 * and Math.min reached through static imports, a local captured by an anonymous class, a field whose type is the
 * receiver's type argument, loop and pattern variables assigned a secret, a constructor's token parameter, a record
 * component injected from a secret property, and a logger class's own static helper.
 */
class SecretsTheEnginesOnceSplitOn {
  private static final Logger log = LoggerFactory.getLogger(SecretsTheEnginesOnceSplitOn.class);

  /** A holder whose field takes the type its receiver binds. */
  static final class Holder<T> {
    T password;
  }

  /** A logging helper of a logger class: a static call on a type, not a call on a logger. */
  abstract static class AuditLog implements Logger {
    static void info(String event, String user, String detail, String reason, String value) {}
  }

  record OpenAiSettings(@Value("${openai.api-key}") String key, @Value("${openai.base-url}") String url) {
    void describe() {
      log.info("key {}", key); // tracelint-expect: FullSecretLogged -- logs the full secret 'key'
      log.info("url {}", url);
    }
  }

  void staticallyImportedConsole(String bearerToken) {
    out.println("Authorization: Bearer " + bearerToken); // tracelint-expect: FullSecretLogged -- logs the full secret 'bearerToken'
    out.println("token starts with " + bearerToken.substring(0, 6));
  }

  void staticallyImportedMin(String apiKey) {
    log.info("key {}...", apiKey.substring(0, min(6, apiKey.length())));
    log.info("key {}", apiKey.substring(0, max(6, apiKey.length()))); // tracelint-expect: FullSecretLogged -- logs the full secret 'apiKey'
  }

  void capturedByAnAnonymousClass(String apiKey) {
    String header = "Bearer " + apiKey;
    String token = mask(apiKey);
    Runnable task = new Runnable() {
      @Override
      public void run() {
        log.debug("sending {}", header); // tracelint-expect: FullSecretLogged -- logs the full secret 'header'
        log.debug("token {}", token);
      }
    };
    task.run();
  }

  void fieldOfAGenericHolder(Holder<Integer> pin, Holder<String> login) {
    log.info("pin {}", pin.password);
    log.info("password {}", login.password); // tracelint-expect: FullSecretLogged -- logs the full secret 'password'
  }

  void loopAndPatternVariablesAssignedASecret(List<String> values, Object value, String apiKey) {
    for (String each : values) {
      log.info("value {}", each);
      each = apiKey;
      log.info("value {}", each); // tracelint-expect: FullSecretLogged -- logs the full secret 'each'
    }
    if (value instanceof String text) {
      log.info("text {}", text.trim());
      text = "key " + apiKey;
      log.info("text {}", text); // tracelint-expect: FullSecretLogged -- logs the full secret 'text'
    }
  }

  void onMessage(String message) {
    class Session {
      Session(String token) {
        log.info("session {}", token); // tracelint-expect: FullSecretLogged -- logs the full secret 'token'
      }

      void onNext(String token) {
        log.debug("streamed {}", token);
      }
    }
    new Session(message).onNext(message);
  }

  void staticHelperOfALoggerClass(String apiKey) {
    AuditLog.info("rotated", "admin", "key", "scheduled", apiKey);
  }

  static String mask(String value) {
    return value == null ? "null" : value.substring(0, min(4, value.length())) + "****";
  }
}
