package corpus.fullsecretlogged;

import brave.handler.MutableSpan;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.Observation;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.logs.Logger;
import io.opentelemetry.api.trace.Span;
import io.opentracing.Tracer;
import java.time.Duration;

/**
 * Secrets recorded through attribute and tag collections (docs/rules/FullSecretLogged.md, "Telemetry attributes"):
 * OpenTelemetry {@code Attributes}, Micrometer {@code Tags} and {@code KeyValues} exist only to be recorded on a span,
 * an event, a log record or a meter, so a value given to one is judged where the collection is built. Names (keys)
 * are not values; a prefix, a flag or a count is no secret.
 */
class TelemetryAttributeCollections {
  private static final AttributeKey<String> MODEL = AttributeKey.stringKey("gen_ai.request.model");
  private static final AttributeKey<String> SESSION_TOKEN = AttributeKey.stringKey("session.token");

  private final MeterRegistry registry;
  private final Logger otelLogger;
  private final String apiKey = System.getenv("ANTHROPIC_API_KEY");

  TelemetryAttributeCollections(MeterRegistry registry, Logger otelLogger) {
    this.registry = registry;
    this.otelLogger = otelLogger;
  }

  void flagsASessionTokenInAnEventsAttributes(Span span, String model, String sessionToken) {
    span.addEvent("agent.step", Attributes.of(MODEL, model, SESSION_TOKEN, sessionToken)); // tracelint-expect: FullSecretLogged -- sessionToken
  }

  void flagsAnApiKeyPutIntoAnAttributesBuilder(Span span, String model) {
    AttributesBuilder attributes = Attributes.builder().put("gen_ai.request.model", model);
    attributes.put("llm.api_key", apiKey); // tracelint-expect: FullSecretLogged
    span.setAllAttributes(attributes.build());
  }

  void flagsAPasswordTagOnAMeter(String dbPassword, Duration elapsed) {
    Timer.builder("db.query")
        .tag("db.password", dbPassword) // tracelint-expect: FullSecretLogged
        .register(registry)
        .record(elapsed);
  }

  void flagsABearerTokenAmongCounterTags(String accessToken) {
    Counter.builder("upstream.calls")
        .tags("route", "chat", "auth", "Bearer " + accessToken) // tracelint-expect: FullSecretLogged
        .register(registry)
        .increment();
  }

  void flagsAClientSecretInObservationKeyValues(Observation observation, String clientSecret) {
    observation.highCardinalityKeyValues(KeyValues.of("client", "billing", "client.secret", clientSecret)); // tracelint-expect: FullSecretLogged
  }

  void flagsARefreshTokenAsATag(String refreshToken) {
    registry.counter("token.refresh", Tags.of(Tag.of("refresh_token", refreshToken))).increment(); // tracelint-expect: FullSecretLogged
  }

  void flagsAnApiKeyOnAnOpenTracingSpan(Tracer tracer) {
    tracer.buildSpan("completion").withTag("api_key", apiKey).start().finish(); // tracelint-expect: FullSecretLogged
  }

  void flagsAnApiKeyAsALogRecordAttribute() {
    otelLogger.logRecordBuilder()
        .setAttribute(AttributeKey.stringKey("llm.api_key"), apiKey) // tracelint-expect: FullSecretLogged
        .emit();
  }

  void flagsATokenTaggedOnAFinishedBraveSpan(MutableSpan span, String authToken) {
    span.tag("auth.token", authToken); // tracelint-expect: FullSecretLogged
  }

  void acceptsAnAttributeKeyNamedForTheToken(Span span, String model) {
    span.addEvent("agent.step", Attributes.of(MODEL, model, SESSION_TOKEN, "redacted"));
  }

  void acceptsAPrefixOfTheKey(Span span) {
    span.setAllAttributes(Attributes.builder().put("llm.api_key.prefix", apiKey.substring(0, 6)).build());
  }

  void acceptsWhetherATokenIsPresent(String accessToken) {
    registry.counter("upstream.calls", Tags.of("authenticated", String.valueOf(accessToken != null))).increment();
  }

  void acceptsTokenCountsAsKeyValues(Observation observation, long promptTokens, long completionTokens) {
    observation.lowCardinalityKeyValues(KeyValues.of(
        "gen_ai.usage.input_tokens", String.valueOf(promptTokens),
        "gen_ai.usage.output_tokens", String.valueOf(completionTokens)));
  }

  void acceptsTagsNamedForTheKeyHoldingOtherValues(String keyId, String tokenType) {
    Timer.builder("auth.check").tag("api_key.id", keyId).tag("token_type", tokenType).register(registry);
    registry.counter("auth.checks", Tags.of(Tag.of("token.kind", tokenType))).increment();
  }

  void acceptsAKeyValueComputedFromAnElement(Observation observation, String modelName) {
    observation.lowCardinalityKeyValue(KeyValue.of("gen_ai.request.model", modelName));
  }

  void acceptsTheLogRecordsModelAndEndpoint(String model, String baseUrl) {
    otelLogger.logRecordBuilder()
        .setAttribute(MODEL, model)
        .setAttribute(AttributeKey.stringKey("server.address"), baseUrl)
        .setBody("chat request sent")
        .emit();
  }
}
