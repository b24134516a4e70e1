package corpus.fullsecretlogged;

import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Telemetry bootstrap of an agent service that exports GenAI spans to a Langfuse-style OTLP endpoint. */
public class RealisticAgentOtlpExporterEnv {
  private static final Logger log = LoggerFactory.getLogger(RealisticAgentOtlpExporterEnv.class);

  public Map<String, String> exporterHeaders(String publicKey, String secretKey) {
    Map<String, String> headers = new HashMap<>();
    headers.put("x-langfuse-ingestion-version", "4");
    log.debug("exporter extra headers {}", headers);
    String basic = java.util.Base64.getEncoder().encodeToString((publicKey + ":" + secretKey).getBytes());
    headers.put("Authorization", "Basic " + basic);
    log.debug("exporter headers {}", headers); // tracelint-expect: FullSecretLogged -- 'headers'
    return headers;
  }

  public void logExporterEnvironment() {
    log.info("OTLP endpoint {}", System.getenv("OTEL_EXPORTER_OTLP_ENDPOINT"));
    log.info("OTLP protocol {}", System.getenv("OTEL_EXPORTER_OTLP_PROTOCOL"));
    log.info("OTLP headers {}", System.getenv("OTEL_EXPORTER_OTLP_HEADERS")); // tracelint-expect: FullSecretLogged
    log.info("OTLP headers configured: {}", System.getenv("OTEL_EXPORTER_OTLP_HEADERS") != null);
  }

  public void logLangfuseKeys(String publicKey, String secretKey, String host) {
    log.info("Langfuse host {} public key {}", host, publicKey);
    log.info("Langfuse secret key ends with {}", secretKey.substring(secretKey.length() - 4));
  }

  public void logBasicAuth(String publicKey, String secretKey) {
    String basic = java.util.Base64.getEncoder().encodeToString((publicKey + ":" + secretKey).getBytes());
    log.debug("Langfuse basic auth {}", basic); // tracelint-expect: FullSecretLogged
  }
}
