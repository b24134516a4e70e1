package corpus.fullsecretlogged;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An exporter's headers setting carries its API key ({@code OTEL_EXPORTER_OTLP_HEADERS=api-key=...}, also per
 * signal and as a system property), although its name mentions no secret. The exporter's endpoint, protocol,
 * compression, a file that holds the headers and other {@code *_HEADERS} settings are not secrets.
 */
class ExporterHeadersEnvironment {
  private static final Logger log = LoggerFactory.getLogger(ExporterHeadersEnvironment.class);

  void flagsOtlpHeadersVariable() {
    log.info("OTLP headers: {}", System.getenv("OTEL_EXPORTER_OTLP_HEADERS")); // tracelint-expect: FullSecretLogged -- logs the full secret 'OTEL_EXPORTER_OTLP_HEADERS'
  }

  void flagsOtlpTracesHeadersKeptInALocal() {
    String headers = System.getenv("OTEL_EXPORTER_OTLP_TRACES_HEADERS");
    log.info("exporting traces with headers {}", headers); // tracelint-expect: FullSecretLogged -- logs the full secret 'headers'
  }

  void flagsOtlpHeadersProperty() {
    System.out.println("otlp headers=" + System.getProperty("otel.exporter.otlp.headers")); // tracelint-expect: FullSecretLogged -- logs the full secret 'otel.exporter.otlp.headers'
  }

  void flagsOtlpLogsHeadersWithADefault() {
    String value = System.getenv().getOrDefault("OTEL_EXPORTER_OTLP_LOGS_HEADERS", "");
    log.debug("logs exporter headers {}", value); // tracelint-expect: FullSecretLogged -- logs the full secret 'value'
  }

  void acceptsOtlpEndpoint() {
    log.info("exporting to {}", System.getenv("OTEL_EXPORTER_OTLP_ENDPOINT"));
  }

  void acceptsOtlpProtocolAndCompression() {
    log.info("protocol {} compression {}", System.getenv("OTEL_EXPORTER_OTLP_PROTOCOL"),
        System.getenv("OTEL_EXPORTER_OTLP_COMPRESSION"));
  }

  void acceptsFileThatHoldsTheHeaders() {
    log.info("headers file {}", System.getenv("OTEL_EXPORTER_OTLP_HEADERS_FILE"));
  }

  void acceptsHeadersSettingOfSomethingElse() {
    log.info("CORS allowed headers {}", System.getenv("CORS_ALLOWED_HEADERS"));
  }

  void acceptsPresenceOfOtlpHeaders() {
    log.info("OTLP headers set: {}", System.getenv("OTEL_EXPORTER_OTLP_HEADERS") != null);
  }
}
