package corpus.fullsecretlogged;

import datadog.trace.api.llmobs.LLMObsSpan;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Tags;
import io.opentelemetry.api.baggage.Baggage;
import io.opentracing.Span;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Secrets recorded through a map given whole to a telemetry sink, through Micrometer's registry shortcuts that take
 * the tags after the meter's name, and through OpenTelemetry baggage, which travels in a header to every downstream
 * service (docs/rules/FullSecretLogged.md, "Telemetry attributes"). Only values are judged: a key is a name; a map is
 * judged by what this method put into it before recording it.
 */
class TelemetryMapsMetersAndBaggage {
  private final MeterRegistry registry;
  private final String apiKey = System.getenv("OPENAI_API_KEY");

  TelemetryMapsMetersAndBaggage(MeterRegistry registry) {
    this.registry = registry;
  }

  void flagsAnApiKeyInTagsGivenWholeToAnLlmObsSpan(LLMObsSpan span, String model) {
    Map<String, Object> tags = new HashMap<>();
    tags.put("model", model);
    tags.put("provider.auth", apiKey);
    span.setTags(tags); // tracelint-expect: FullSecretLogged -- 'tags' holding 'apiKey'
  }

  void flagsATokenInOpenTracingLogFields(Span span, String accessToken) {
    span.log(Map.of("event", "auth", "credential", accessToken)); // tracelint-expect: FullSecretLogged -- accessToken
  }

  void flagsAPasswordInTimestampedLogFields(Span span, String dbPassword, long startMicros) {
    Map<String, String> fields = new HashMap<>();
    fields.put("db.connect", "retry");
    fields.put("db.secret", "pw=" + dbPassword);
    span.log(startMicros, fields); // tracelint-expect: FullSecretLogged -- 'fields' holding 'dbPassword'
  }

  void flagsAnApiKeyAsACounterTagAfterTheName(String provider) {
    registry.counter("llm.calls", "provider", provider, "key", apiKey).increment(); // tracelint-expect: FullSecretLogged -- apiKey
  }

  void flagsABearerTokenTagOnATimerShortcut(String accessToken) {
    registry.timer("upstream.latency", "auth", "Bearer " + accessToken).record(3, TimeUnit.MILLISECONDS); // tracelint-expect: FullSecretLogged
  }

  void flagsAClientSecretOnAGlobalSummary(String clientSecret, int bytes) {
    Metrics.summary("oauth.payload", "client", clientSecret).record(bytes); // tracelint-expect: FullSecretLogged
  }

  Collection<String> flagsAGaugeTaggedWithAKey(Collection<String> queue) {
    return registry.gauge("queue.size", Tags.of("key", apiKey), queue, Collection::size); // tracelint-expect: FullSecretLogged
  }

  Baggage flagsAnApiKeyPutIntoBaggage(String tenantId) {
    return Baggage.builder()
        .put("tenant.id", tenantId)
        .put("upstream.key", apiKey) // tracelint-expect: FullSecretLogged -- apiKey
        .build();
  }

  Baggage flagsATokenAddedToTheCurrentBaggage(String authToken) {
    return Baggage.current().toBuilder().put("auth", authToken).build(); // tracelint-expect: FullSecretLogged
  }

  void acceptsTagsOfNamesAndCountsGivenWhole(LLMObsSpan span, String keyId, int promptTokens) {
    Map<String, Object> tags = new HashMap<>();
    tags.put("api_key.id", keyId);
    tags.put("tokens.prompt", promptTokens);
    span.setTags(tags);
  }

  void acceptsLogFieldsWithAPrefixOfTheKey(Span span) {
    span.log(Map.of("event", "auth", "key.prefix", apiKey.substring(0, 6)));
  }

  void acceptsAnEventTextLogged(Span span) {
    span.log("retrying after rate limit");
  }

  void acceptsLogFieldsWhoseKeyNamesTheSecret(Span span) {
    Map<String, String> fields = new HashMap<>();
    fields.put("api_key", "<redacted>");
    span.log(fields);
  }

  void acceptsACounterTagNamedForTheKeyHoldingAFlag(String accessToken) {
    registry.counter("auth.checks", "api_key", "present", "token", String.valueOf(accessToken != null)).increment();
  }

  void acceptsACounterGivenTagsBuiltElsewhere(String model) {
    registry.counter("llm.calls", Tags.of("model", model)).increment();
  }

  void acceptsATimerShortcutWithoutTags() {
    registry.timer("upstream.latency").record(3, TimeUnit.MILLISECONDS);
  }

  Collection<String> acceptsAGaugeWithoutTags(Collection<String> queue) {
    return registry.gauge("queue.size", queue, Collection::size);
  }

  Baggage acceptsBaggageOfATenantAndARequest(String tenantId, String requestId) {
    return Baggage.builder().put("tenant.id", tenantId).put("request.id", requestId).build();
  }

  Baggage acceptsBaggageKeyNamedForTheTokenHoldingItsKind(String tokenType) {
    return Baggage.current().toBuilder().put("token.type", tokenType).build();
  }
}
