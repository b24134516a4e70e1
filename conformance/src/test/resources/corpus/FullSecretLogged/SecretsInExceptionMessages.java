package corpus.fullsecretlogged;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An exception built with a secret in its message, then logged: the logger prints the exception's message with its
 * stack trace, so the secret is printed whole, whether the exception is logged where it is built or through a local.
 * Any type named like an exception or an error ({@code ...Exception}, {@code ...Error}) carries the text arguments of
 * its constructor into its message. Not flagged: a message without the secret, one that names the secret's variable
 * or environment variable only, one that gives the secret's length, an exception given only its cause, and an
 * ordinary object constructed with the secret (it prints its class name and hash).
 */
class SecretsInExceptionMessages {
  private static final Logger log = LoggerFactory.getLogger(SecretsInExceptionMessages.class);
  private static final String API_KEY_ENV = "OPENAI_API_KEY";

  static class ProviderError extends RuntimeException {
    ProviderError(String message, Throwable cause) {
      super(message, cause);
    }
  }

  static final class KeyHolder {
    private final String value;

    KeyHolder(String value) {
      this.value = value;
    }

    int length() {
      return value.length();
    }
  }

  void flagsASecretInTheMessageOfAnExceptionLoggedWhereItIsBuilt(String apiKey, RuntimeException failure) {
    log.error("model call failed", new IllegalStateException("called with key " + apiKey, failure)); // tracelint-expect: FullSecretLogged
  }

  void flagsAWrappedExceptionKeptInALocal(String apiKey, Runnable request) {
    try {
      request.run();
    } catch (RuntimeException e) {
      IllegalStateException wrapped = new IllegalStateException("request with key " + apiKey + " failed", e);
      log.warn("provider unavailable", wrapped); // tracelint-expect: FullSecretLogged
    }
  }

  void flagsAnErrorTypeOfTheApplicationCarryingTheToken(String bearerToken, RuntimeException cause) {
    ProviderError error = new ProviderError(String.format("token %s rejected", bearerToken), cause);
    log.error("exchange failed", error); // tracelint-expect: FullSecretLogged
  }

  void acceptsAMessageWithoutTheSecret(String apiKey, String endpoint, RuntimeException e) {
    IllegalStateException wrapped = new IllegalStateException("call to " + endpoint + " failed", e);
    log.error("model call failed for key of length {}", apiKey.length(), wrapped);
  }

  void acceptsAMessageNamingOnlyTheVariable(RuntimeException e) {
    log.error("configuration", new IllegalArgumentException("apiKey must not be blank"));
    log.error("configuration", new IllegalStateException("missing environment variable " + API_KEY_ENV, e));
  }

  void acceptsAMessageGivingOnlyTheLength(String password) {
    log.warn("rejected", new IllegalArgumentException("password too short: " + password.length() + " characters"));
  }

  void acceptsAnExceptionGivenOnlyItsCause(String clientSecret, Runnable request) {
    try {
      request.run();
    } catch (RuntimeException e) {
      log.error("token exchange failed", new IllegalStateException(e));
    }
  }

  void acceptsAnOrdinaryObjectBuiltWithTheSecret(String apiKey) {
    KeyHolder holder = new KeyHolder(apiKey);
    log.info("holder {} of {} characters", holder, holder.length());
  }
}
