package corpus.fullsecretlogged;

import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Exporter setup from the environment: which variables are set, which headers are sent, never their values. */
public class RealisticCleanOtlpHeadersSetup {
  private static final Logger log = LoggerFactory.getLogger(RealisticCleanOtlpHeadersSetup.class);
  private static final String API_KEY_ENV = "LANGFUSE_SECRET_KEY";
  private static final String AUTH_HEADER = "Authorization";

  public Map<String, String> headers(Map<String, String> env) {
    String endpoint = env.getOrDefault("OTEL_EXPORTER_OTLP_ENDPOINT", "http://localhost:4318");
    String secretKey = env.get(API_KEY_ENV);
    String publicKey = env.get("LANGFUSE_PUBLIC_KEY");
    boolean hasApiKey = secretKey != null && !secretKey.isBlank();
    log.info("OTLP endpoint {}, {} set: {}", endpoint, API_KEY_ENV, hasApiKey);
    log.info("Langfuse public key {}", publicKey);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-Request-Source", "agent-service");
    if (hasApiKey) {
      String maskedApiKey = secretKey.substring(0, 4) + "…";
      log.debug("authenticating with secret key {}", maskedApiKey);
      headers.put(AUTH_HEADER, "Basic " + java.util.Base64.getEncoder().encodeToString(
          (publicKey + ":" + secretKey).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
    log.info("exporter headers: {}", headers.keySet());
    log.debug("exporter sends {} headers", headers.size());
    return headers;
  }

  public void logProtocol(Map<String, String> env) {
    log.info("OTLP protocol {}, headers file {}", env.getOrDefault("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf"),
        env.get("OTEL_EXPORTER_OTLP_HEADERS_FILE"));
    boolean headersSet = env.containsKey("OTEL_EXPORTER_OTLP_HEADERS");
    log.info("OTEL_EXPORTER_OTLP_HEADERS set: {}", headersSet);
  }
}
