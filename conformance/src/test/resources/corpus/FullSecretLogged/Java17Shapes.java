package corpus.fullsecretlogged;

import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Records, sealed types, switch expressions, pattern binding, text blocks, lambdas, local and anonymous classes. */
class Java17Shapes {
  private static final Logger log = LoggerFactory.getLogger(Java17Shapes.class);

  sealed interface Credential permits ApiKey, Password {}

  record ApiKey(String apiKey) implements Credential {}

  record Password(String user, String password) implements Credential {}

  <T> T first(List<T> values) {
    return values.get(0);
  }

  void run(Credential credential, Object value, int mode) {
    String kind = switch (mode) {
      case 1 -> "key";
      default -> "password";
    };
    log.info("kind {}", kind);
    String banner = """
        tracelint
        """;
    log.info(banner);
    if (credential instanceof ApiKey key) {
      log.info("key {}", key.apiKey()); // tracelint-expect: FullSecretLogged
      log.info("key length {}", key.apiKey().length());
    }
    if (value instanceof String secret) {
      log.info("secret {}", secret); // tracelint-expect: FullSecretLogged
    }
    Runnable task = () -> log.info("first {}", first(List.of("a", "b")));
    Supplier<String> supplier = new Supplier<>() {
      @Override
      public String get() {
        return "x";
      }
    };
    class Local {
      void go(String password) {
        log.info("password {}", password); // tracelint-expect: FullSecretLogged
      }
    }
    task.run();
  }
}
