package corpus.unclosedtrace;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** GenAI spans exported to a Langfuse-style OTel endpoint: generation spans with usage attributes. */
public class RealisticLangfuseStyleTracing {
  private static final AttributeKey<String> MODEL = AttributeKey.stringKey("gen_ai.request.model");
  private static final AttributeKey<Long> INPUT_TOKENS = AttributeKey.longKey("gen_ai.usage.input_tokens");

  record Generation(String model, String prompt, Map<String, Object> parameters) {}

  record Completion(String text, long inputTokens, long outputTokens) {}

  interface LlmClient {
    Completion generate(Generation generation);
  }

  private final Tracer tracer;
  private final LlmClient client;

  RealisticLangfuseStyleTracing(Tracer tracer, LlmClient client) {
    this.tracer = tracer;
    this.client = client;
  }

  public Completion generate(Generation generation, Optional<String> sessionId) {
    Instant started = Instant.now();
    Span span = tracer.spanBuilder("generation")
        .setSpanKind(SpanKind.CLIENT)
        .setAllAttributes(Attributes.of(MODEL, generation.model()))
        .setStartTimestamp(started)
        .startSpan();
    sessionId.ifPresent(id -> span.setAttribute("langfuse.session.id", id));
    try (Scope scope = span.makeCurrent()) {
      Completion completion = client.generate(generation);
      span.setAttribute(INPUT_TOKENS, completion.inputTokens());
      span.setAttribute("gen_ai.usage.output_tokens", completion.outputTokens());
      return completion;
    } catch (RuntimeException e) {
      span.recordException(e);
      span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
      throw e;
    } finally {
      span.end();
    }
  }

  public List<Completion> generateAll(List<Generation> generations) {
    Span trace = tracer.spanBuilder("batch").setAttribute("batch.size", generations.size()).startSpan();
    try (Scope scope = trace.makeCurrent()) {
      return generations.stream().map(client::generate).toList();
    } finally {
      trace.end();
    }
  }

  public Completion generateTimed(Generation generation, Duration budget) {
    Span span = tracer.spanBuilder("generation.timed").startSpan(); // tracelint-expect: UnclosedTrace
    span.setAttribute("budget.ms", budget.toMillis());
    Map<String, Object> parameters = Map.copyOf(generation.parameters());
    try (Scope scope = span.makeCurrent()) {
      return client.generate(new Generation(generation.model(), generation.prompt(), parameters));
    } finally {
      span.end();
    }
  }

  public Completion generateWithEvent(Generation generation) {
    Span span = tracer.spanBuilder("generation.event").startSpan();
    span.addEvent("prompt", Attributes.of(AttributeKey.stringKey("prompt.model"), generation.model()));
    try (Scope scope = span.makeCurrent()) {
      return client.generate(generation);
    } finally {
      span.end();
    }
  }
}
