package corpus.fullsecretlogged;

import io.micrometer.observation.Observation;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.sentry.ISpan;
import io.sentry.Sentry;

/**
 * Secrets recorded as telemetry attributes (docs/rules/FullSecretLogged.md, "Telemetry attributes"): a span or
 * observation attribute is exported to the tracing backend and shown to whoever reads traces, like a log line. The
 * value (the last argument) is judged as a logged argument is; the attribute's name is not a value.
 */
class TelemetryAttributes {
  private static final AttributeKey<String> API_KEY_PREFIX = AttributeKey.stringKey("llm.api_key.prefix");

  private final Tracer tracer;
  private final String apiKey = System.getenv("OPENAI_API_KEY");

  TelemetryAttributes(Tracer tracer) {
    this.tracer = tracer;
  }

  void flagsApiKeyOnTheSpanBuilder(String model) {
    Span span = tracer.spanBuilder("chat")
        .setAttribute("gen_ai.request.model", model)
        .setAttribute("llm.api_key", apiKey) // tracelint-expect: FullSecretLogged -- telemetry attribute
        .startSpan();
    span.end();
  }

  void flagsBearerHeaderOnTheCurrentSpan(String accessToken) {
    Span.current().setAttribute("http.request.header.authorization", "Bearer " + accessToken); // tracelint-expect: FullSecretLogged
  }

  void flagsPasswordAsAHighCardinalityKeyValue(Observation observation, String dbPassword) {
    observation.highCardinalityKeyValue("db.password", dbPassword); // tracelint-expect: FullSecretLogged
  }

  void flagsClientSecretAsSentryExtra(String clientSecret) {
    Sentry.setExtra("oauth.client_secret", clientSecret); // tracelint-expect: FullSecretLogged
  }

  void flagsTokenAsSentrySpanData(ISpan span, String refreshToken) {
    span.setData("refresh_token", refreshToken); // tracelint-expect: FullSecretLogged
  }

  void acceptsAShortPrefix() {
    Span.current().setAttribute(API_KEY_PREFIX, apiKey.substring(0, 6));
  }

  void acceptsWhetherAKeyIsSet(Observation observation) {
    observation.lowCardinalityKeyValue("llm.api_key.set", String.valueOf(apiKey != null));
  }

  void acceptsTokenCountsOfTheModel(Span span, long outputTokens, String finishReason) {
    span.setAttribute("gen_ai.usage.output_tokens", outputTokens);
    span.setAttribute("gen_ai.response.finish_reasons", finishReason);
  }

  void acceptsAnAttributeNamedForTheKeyHoldingAnotherValue(ISpan span, String keyId) {
    span.setTag("api_key.id", keyId);
    Sentry.setTag("api_key_source", "environment");
  }

  void acceptsTheModelAndTheEndpoint(String model, String baseUrl) {
    Span.current().setAttribute("gen_ai.request.model", model);
    Span.current().setAttribute("server.address", baseUrl);
  }
}
