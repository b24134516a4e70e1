package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.util.List;

/** A gateway whose spans are ended by one private helper, called from finally; validation happens before start. */
public class RealisticCleanFinishHelper {
  record Completion(String text, int promptTokens, int completionTokens) {}

  interface Provider {
    Completion complete(String model, List<String> messages);
  }

  private final Tracer tracer;
  private final Provider provider;

  RealisticCleanFinishHelper(Tracer tracer, Provider provider) {
    this.tracer = tracer;
    this.provider = provider;
  }

  public Completion complete(String model, List<String> messages) {
    if (messages.isEmpty()) {
      throw new IllegalArgumentException("no messages");
    }
    Span span = tracer.spanBuilder("chat " + model).setAttribute("gen_ai.request.model", model).startSpan();
    Completion completion = null;
    Throwable failure = null;
    try (Scope scope = span.makeCurrent()) {
      completion = provider.complete(model, messages);
      return completion;
    } catch (RuntimeException e) {
      failure = e;
      throw e;
    } finally {
      finish(span, completion, failure);
    }
  }

  private static void finish(Span span, Completion completion, Throwable failure) {
    if (failure != null) {
      span.recordException(failure);
      span.setStatus(StatusCode.ERROR);
    } else if (completion != null) {
      span.setAttribute("gen_ai.usage.input_tokens", completion.promptTokens());
      span.setAttribute("gen_ai.usage.output_tokens", completion.completionTokens());
    }
    span.end();
  }

  public Completion completeOrNull(String model, List<String> messages) {
    Span span = tracer.spanBuilder("chat.optional").startSpan();
    try {
      return provider.complete(model, messages);
    } catch (RuntimeException e) {
      span.setStatus(StatusCode.ERROR);
      return null;
    } finally {
      span.end();
    }
  }
}
