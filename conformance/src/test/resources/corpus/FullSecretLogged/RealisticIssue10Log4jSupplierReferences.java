package corpus.fullsecretlogged;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/** Log4j lazy logging of an LLM client's properties through method references. */
public class RealisticIssue10Log4jSupplierReferences {
  private static final Logger LOGGER = LogManager.getLogger(RealisticIssue10Log4jSupplierReferences.class);

  static final class ClientProperties {
    private final String endpoint;
    private final String apiKey;
    private final String organization;

    ClientProperties(String endpoint, String apiKey, String organization) {
      this.endpoint = endpoint;
      this.apiKey = apiKey;
      this.organization = organization;
    }

    String endpoint() {
      return endpoint;
    }

    String apiKey() {
      return apiKey;
    }

    String organization() {
      return organization;
    }

    boolean hasApiKey() {
      return apiKey != null && !apiKey.isBlank();
    }
  }

  private final ClientProperties props;

  RealisticIssue10Log4jSupplierReferences(ClientProperties props) {
    this.props = props;
  }

  public void logClient() {
    LOGGER.debug("client for {} using key {}", props::endpoint, props::apiKey); // tracelint-expect: FullSecretLogged
  }

  public void logClientSafely() {
    LOGGER.debug("client for {} (org {}, key present: {})", props::endpoint, props::organization, props::hasApiKey);
  }

  public void logKeyLazily() {
    LOGGER.trace("key in use: {}", () -> props.apiKey()); // tracelint-expect: FullSecretLogged
  }
}
