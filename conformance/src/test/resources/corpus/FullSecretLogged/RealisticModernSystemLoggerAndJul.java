package corpus.fullsecretlogged;

import java.lang.System.Logger.Level;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * A vendor SDK bootstrap that logs through System.Logger and java.util.logging, as libraries without a logging
 * dependency do: only names, lengths and a masked form reach the logs.
 */
public class RealisticModernSystemLoggerAndJul {
  private static final System.Logger LOGGER = System.getLogger(RealisticModernSystemLoggerAndJul.class.getName());
  private static final Logger JUL = Logger.getLogger(RealisticModernSystemLoggerAndJul.class.getName());

  private static final String API_KEY_ENV = "VECTORDB_API_KEY";

  record ClientOptions(String endpoint, String apiKey, int poolSize) {
    @Override
    public String toString() {
      return "ClientOptions[endpoint=" + endpoint + ", poolSize=" + poolSize + "]";
    }
  }

  static String mask(String secret) {
    return secret == null || secret.length() < 4 ? "****" : "****" + secret.substring(secret.length() - 4);
  }

  public ClientOptions load() {
    String apiKey = System.getenv(API_KEY_ENV);
    if (apiKey == null || apiKey.isBlank()) {
      LOGGER.log(Level.WARNING, "environment variable {0} is not set", API_KEY_ENV);
      throw new IllegalStateException(API_KEY_ENV + " is required");
    }
    var options = new ClientOptions(System.getenv().getOrDefault("VECTORDB_URL", "http://localhost:6333"), apiKey, 8);
    LOGGER.log(Level.INFO, "vector store client: {0}", options);
    LOGGER.log(Level.DEBUG, () -> "api key " + mask(apiKey));
    JUL.info(() -> "pool size " + options.poolSize());
    JUL.fine("key length " + apiKey.length());
    return options;
  }

  public void reportRejected(ClientOptions options) {
    Supplier<String> message = () -> "rejected key for " + options.endpoint();
    JUL.warning(message);
  }

  public void reportRejectedWithKey(ClientOptions options) {
    LOGGER.log(Level.ERROR, "rejected key {0} for {1}", options.apiKey(), options.endpoint()); // tracelint-expect: FullSecretLogged -- apiKey
  }
}
