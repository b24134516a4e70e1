package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;

/** A model router that switches to a fallback model and reuses its span variable. */
public class RealisticIssue10OverwrittenSpan {
  interface ChatModel {
    String complete(String prompt);

    boolean overloaded();
  }

  private final Tracer tracer;
  private final ChatModel primary;
  private final ChatModel fallback;

  RealisticIssue10OverwrittenSpan(Tracer tracer, ChatModel primary, ChatModel fallback) {
    this.tracer = tracer;
    this.primary = primary;
    this.fallback = fallback;
  }

  public String route(String prompt, boolean preferFallback) {
    Span attempt = tracer.spanBuilder("router.primary").startSpan(); // tracelint-expect: UnclosedTrace
    if (preferFallback) {
      attempt = tracer.spanBuilder("router.fallback").startSpan();
    }
    try {
      return (preferFallback ? fallback : primary).complete(prompt);
    } finally {
      attempt.end();
    }
  }

  public String routeSequential(String prompt) {
    Span attempt = tracer.spanBuilder("router.primary.sequential").startSpan();
    boolean busy;
    try {
      busy = primary.overloaded();
    } finally {
      attempt.end();
    }
    if (!busy) {
      return primary.complete(prompt);
    }
    attempt = tracer.spanBuilder("router.fallback.sequential").startSpan();
    try {
      return fallback.complete(prompt);
    } finally {
      attempt.end();
    }
  }

  public String routeEither(String prompt, boolean preferFallback) {
    Span attempt;
    if (preferFallback) {
      attempt = tracer.spanBuilder("router.fallback.either").startSpan();
    } else {
      attempt = tracer.spanBuilder("router.primary.either").startSpan();
    }
    try {
      return (preferFallback ? fallback : primary).complete(prompt);
    } finally {
      attempt.end();
    }
  }
}
