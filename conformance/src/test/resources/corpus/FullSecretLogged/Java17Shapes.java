package corpus.fullsecretlogged;

import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records, sealed types, switch expressions, pattern binding (a bare {@code token} included), text blocks, lambdas,
 * local and anonymous classes, generic methods and casts.
 */
class Java17Shapes {
  private static final Logger log = LoggerFactory.getLogger(Java17Shapes.class);

  sealed interface Credential permits ApiKey, Password {}

  record ApiKey(String apiKey) implements Credential {}

  record Password(String user, String password) implements Credential {}

  <T> T first(List<T> values) {
    return values.get(0);
  }

  void acceptsResultOfASwitchExpression(int mode) {
    String kind = switch (mode) {
      case 1 -> "key";
      default -> "password";
    };
    log.info("kind {}", kind);
  }

  void acceptsTextBlock() {
    String banner = """
        tracelint
        """;
    log.info(banner);
  }

  void flagsRecordComponentOfABinding(Credential credential) {
    if (credential instanceof ApiKey key) {
      log.info("key {}", key.apiKey()); // tracelint-expect: FullSecretLogged -- logs the full secret 'apiKey()'
    }
  }

  void acceptsLengthOfARecordComponentOfABinding(Credential credential) {
    if (credential instanceof ApiKey key) {
      log.info("key length {}", key.apiKey().length());
    }
  }

  void acceptsLengthOfARecordComponentAfterACast(Credential credential) {
    log.info("len {}", ((Password) credential).password().length());
  }

  void flagsStringBindingNamedLikeASecret(Object value) {
    if (value instanceof String secret) {
      log.info("secret {}", secret); // tracelint-expect: FullSecretLogged -- logs the full secret 'secret'
    }
  }

  void flagsStringBindingCalledToken(Object value) {
    if (value instanceof String token) {
      log.info("token {}", token); // tracelint-expect: FullSecretLogged -- logs the full secret 'token'
    }
  }

  void acceptsLambdaAndAnonymousClassThatLogNoSecret() {
    Runnable task = () -> log.info("first {}", first(List.of("a", "b")));
    Supplier<String> supplier = new Supplier<>() {
      @Override
      public String get() {
        return "x";
      }
    };
    task.run();
  }

  void flagsParameterOfALocalClassMethod() {
    class Local {
      void go(String password) {
        log.info("password {}", password); // tracelint-expect: FullSecretLogged -- logs the full secret 'password'
      }
    }
  }
}
