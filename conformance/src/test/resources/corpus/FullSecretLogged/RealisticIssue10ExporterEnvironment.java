package corpus.fullsecretlogged;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Startup diagnostics of an agent worker printing its telemetry configuration. */
public class RealisticIssue10ExporterEnvironment {
  private static final Logger log = LoggerFactory.getLogger(RealisticIssue10ExporterEnvironment.class);

  private final Map<String, String> env;

  RealisticIssue10ExporterEnvironment(Map<String, String> env) {
    this.env = env;
  }

  public void printTelemetrySettings() {
    String endpoint = System.getenv("OTEL_EXPORTER_OTLP_ENDPOINT");
    String protocol = System.getenv("OTEL_EXPORTER_OTLP_PROTOCOL");
    log.info("OTLP export to {} over {}", endpoint, protocol);
    String exporterHeaders = System.getenv("OTEL_EXPORTER_OTLP_HEADERS");
    log.info("OTLP headers: {}", exporterHeaders); // tracelint-expect: FullSecretLogged
  }

  public void printTraceHeaders() {
    log.debug("trace exporter headers {}", System.getenv("OTEL_EXPORTER_OTLP_TRACES_HEADERS")); // tracelint-expect: FullSecretLogged
  }

  public void printHeadersFile() {
    log.info("headers file {}", System.getenv("OTEL_EXPORTER_OTLP_HEADERS_FILE"));
  }

  public void printServiceName() {
    log.info("service {}", System.getenv().getOrDefault("OTEL_SERVICE_NAME", "agent-worker"));
  }

  public void printConfigured() {
    boolean hasHeaders = env.containsKey("OTEL_EXPORTER_OTLP_HEADERS");
    log.info("OTLP headers configured: {}", hasHeaders);
  }
}
