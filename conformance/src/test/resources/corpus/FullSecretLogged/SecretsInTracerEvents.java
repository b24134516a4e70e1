package corpus.fullsecretlogged;

import brave.SpanCustomizer;
import io.micrometer.tracing.Span;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An event recorded on a Micrometer Tracing span ({@code event}) or through Brave's {@code SpanCustomizer}
 * ({@code annotate}) is exported with the span and shown as written, as an OpenTelemetry event's name is. Flagged: an
 * event that carries a secret. Not flagged: an event of literals or ordinary values, a secret's length, and a logger's
 * {@code error} that carries no secret beside them.
 */
class SecretsInTracerEvents {
  private static final Logger log = LoggerFactory.getLogger(SecretsInTracerEvents.class);

  void flagsAMicrometerEventWithTheKey(Span span, String apiKey) {
    span.event("key rotated to " + apiKey); // tracelint-expect: FullSecretLogged
  }

  void flagsABraveAnnotationWithTheToken(SpanCustomizer span, String bearerToken) {
    span.annotate("auth " + bearerToken); // tracelint-expect: FullSecretLogged
  }

  void acceptsAMicrometerEventOfLiterals(Span span) {
    span.event("key rotated");
  }

  void acceptsABraveAnnotationOfAnOrdinaryValue(SpanCustomizer span, String model) {
    span.annotate("model " + model);
  }

  void acceptsTheLengthOfTheKey(Span span, String apiKey) {
    span.event("key of length " + apiKey.length());
  }

  void acceptsAnErrorLoggedWithoutTheKey(String apiKey) {
    if (apiKey == null) {
      log.error("no key configured");
    }
  }
}
