package corpus.fullsecretlogged;

import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;

/** Settings classes of an LLM integration and the ways their values reach the logs. */
public class RealisticLlmSettingsLogging {
  private static final Logger log = LoggerFactory.getLogger(RealisticLlmSettingsLogging.class);
  private static final org.apache.logging.log4j.Logger audit = LogManager.getLogger("audit");

  /** A hand-written settings class whose IDE-generated toString prints every field. */
  static class LlmSettings {
    private String endpoint;
    private String apiKey;
    private String apiKeyHeader = "api-key";

    public String getEndpoint() {
      return endpoint;
    }

    public String getApiKey() {
      return apiKey;
    }

    public String getApiKeyHeader() {
      return apiKeyHeader;
    }

    @Override
    public String toString() {
      return "LlmSettings{endpoint='" + endpoint + "', apiKey='" + apiKey + "'}";
    }
  }

  static String mask(String secret) {
    return secret == null ? "null" : secret.substring(0, Math.min(4, secret.length())) + "****";
  }

  public void logSettings(LlmSettings settings) {
    log.info("LLM endpoint {} (key header {}, key {})", settings.getEndpoint(), settings.getApiKeyHeader(),
        mask(settings.getApiKey()));
    log.debug("key hash {}", settings.getApiKey().hashCode());
  }

  public void logSettingsWhole(LlmSettings settings) {
    log.debug("loaded {}", settings); // tracelint-expect: FullSecretLogged
  }

  public void logRequestUrl(String baseUrl, String apiKey) {
    String url = baseUrl + "/v1/models?api_key=" + apiKey;
    log.debug("GET {}", url); // tracelint-expect: FullSecretLogged
  }

  public void logRequestHeaders(String token) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBearerAuth(token);
    headers.set("X-Request-Source", "agent");
    log.debug("sending headers {}", headers); // tracelint-expect: FullSecretLogged
  }

  public void logStaticHeaders(String requestId) {
    Map<String, String> headers = Map.of("Content-Type", "application/json", "X-Request-Id", requestId);
    log.debug("sending headers {}", headers);
  }

  public void logFluent(LlmSettings settings) {
    log.atDebug()
        .addKeyValue("endpoint", settings.getEndpoint())
        .addKeyValue("apiKey", settings.getApiKey()) // tracelint-expect: FullSecretLogged
        .log("llm settings");
  }

  public void auditRotation(String user, String newApiKey) {
    audit.info("user {} rotated the API key to {}", () -> user, () -> newApiKey); // tracelint-expect: FullSecretLogged
  }

  public void auditRotationMasked(String user, String newApiKey) {
    audit.info("user {} rotated the API key to {}", () -> user, () -> mask(newApiKey));
  }

  public void logPasswordReset(String email, String resetToken) {
    log.info("password reset requested for {}", email);
    log.debug("reset link token {}", resetToken); // tracelint-expect: FullSecretLogged
  }

  public void logClientSecretLength(String clientId, String clientSecret) {
    log.info("client {} configured (secret {} chars)", clientId, clientSecret.length());
  }

  public void logBasicCredentials(String user, String password) {
    String credentials = String.format("%s:%s", user, password);
    log.trace("basic credentials {}", credentials); // tracelint-expect: FullSecretLogged
  }
}
