package corpus.retrywithoutbackoff.inhouse;

/**
 * Retries in generated client code, which writes every type in full and imports nothing: the configured
 * {@code Cooldown#between} is a wait however its owner is spelled.
 */
public class GeneratedRetries {
  interface Endpoint {
    String call(String body) throws java.io.IOException;
  }

  String acceptsTheCooldownWrittenInFull(Endpoint endpoint, String body) throws java.io.IOException {
    for (int attempt = 1; ; attempt++) {
      try {
        return endpoint.call(body);
      } catch (java.io.IOException e) {
        if (attempt == 4) {
          throw e;
        }
        corpus.retrywithoutbackoff.inhouse.sdk.Cooldown.between(attempt);
      }
    }
  }

  String acceptsTheCooldownInABoundedWhile(Endpoint endpoint, String body) {
    int attempt = 0;
    while (attempt < 5) {
      try {
        return endpoint.call(body);
      } catch (java.io.IOException e) {
        attempt++;
        corpus.retrywithoutbackoff.inhouse.sdk.Cooldown.between(attempt);
      }
    }
    return null;
  }

  String flagsAnotherHelperOfTheSameOwner(Endpoint endpoint, String body) throws java.io.IOException {
    for (int attempt = 1; ; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        return endpoint.call(body);
      } catch (java.io.IOException e) {
        if (attempt == 4) {
          throw e;
        }
        System.err.println(corpus.retrywithoutbackoff.inhouse.sdk.Cooldown.describe(attempt));
      }
    }
  }
}
