package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.ContextKey;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import reactor.core.publisher.Mono;

/**
 * UnclosedTrace's page on switches, labeled blocks, loops and asynchronous callbacks, and its "Known limits" that
 * say what is trusted or missed, written as the page writes them.
 */
public class DocsExamplesLimits {
  static final ContextKey<DocsContextEntry> KEY = ContextKey.named("docs-entry");

  private final Tracer tracer;
  private final DocsAsyncModel model;
  private final DocsHealthClient client;
  private final DocsNotALogger log;

  public DocsExamplesLimits(Tracer tracer, DocsAsyncModel model, DocsHealthClient client, DocsNotALogger log) {
    this.tracer = tracer;
    this.model = model;
    this.client = client;
    this.log = log;
  }

  public void acceptsSwitchWhoseEveryCaseEnds(String mode) {
    Span span = tracer.spanBuilder("mode").startSpan();
    switch (mode) {
      case "fast":
        span.setAttribute("fast", true);
        span.end();
        break;
      default:
        span.end();
    }
  }

  public void flagsSwitchThatEndsThroughFallThrough(int step) {
    Span span = tracer.spanBuilder("step").startSpan(); // tracelint-expect: UnclosedTrace
    switch (step) {
      case 1:
        span.setAttribute("step", 1);
      case 2:
        span.end();
        break;
      default:
        span.end();
    }
  }

  public void acceptsLabeledBlockThatEnds(boolean skip) {
    Span span = tracer.spanBuilder("labeled").startSpan();
    done:
    {
      if (skip) {
        span.end();
        break done;
      }
      span.end();
    }
  }

  public void acceptsLoopThatEndsOnSomePassWithNothingThatThrows(List<String> tools) {
    Span span = tracer.spanBuilder("tools").startSpan();
    for (String tool : tools) {
      if (tool.isEmpty()) {
        span.end();
        return;
      }
    }
    span.end();
  }

  public CompletableFuture<String> acceptsWhenCompleteEndOfAFuture(String prompt) {
    Span span = tracer.spanBuilder("call").startSpan();
    return model.callAsync(prompt).whenComplete((r, e) -> span.end());
  }

  public CompletableFuture<String> acceptsThenApplyWithExceptionally(String prompt) {
    Span span = tracer.spanBuilder("call").startSpan();
    return model
        .callAsync(prompt)
        .thenApply(r -> {
          span.end();
          return r;
        })
        .exceptionally(e -> {
          span.end();
          return "";
        });
  }

  public CompletableFuture<String> flagsThenApplyAlone(String prompt) {
    Span span = tracer.spanBuilder("call").startSpan(); // tracelint-expect: UnclosedTrace
    return model.callAsync(prompt).thenApply(r -> {
      span.end();
      return r;
    });
  }

  public Mono<String> flagsDoOnSuccessAlone(String prompt) {
    Span span = tracer.spanBuilder("call").startSpan(); // tracelint-expect: UnclosedTrace
    return model.callMono(prompt).doOnSuccess(r -> span.end());
  }

  public Mono<String> flagsDoOnTerminateWithoutCancel(String prompt) {
    Span span = tracer.spanBuilder("call").startSpan(); // tracelint-expect: UnclosedTrace
    return model.callMono(prompt).doOnTerminate(span::end);
  }

  public Mono<String> acceptsDoOnTerminateWithDoOnCancel(String prompt) {
    Span span = tracer.spanBuilder("call").startSpan();
    return model.callMono(prompt).doOnTerminate(span::end).doOnCancel(span::end);
  }

  public void acceptsAccessorThatDoesRemoteWorkIsTrusted(String tool) {
    Span span = tracer.spanBuilder("tool").startSpan();
    boolean healthy = client.isHealthy();
    client.setMode(tool);
    try {
      client.call(tool + healthy);
    } finally {
      span.end();
    }
  }

  public void acceptsVariableNamedLogThatIsNotALoggerIsTrusted(String tool) {
    Span span = tracer.spanBuilder("tool").startSpan();
    log.info("calling " + tool);
    try {
      client.call(tool);
    } finally {
      span.end();
    }
  }

  public void flagsApplicationCallOnAContextEntryWithTypes(String tool) {
    Span span = tracer.spanBuilder("tool").startSpan(); // tracelint-expect-with-types: UnclosedTrace
    Context.current().get(KEY).process();
    try {
      client.call(tool);
    } finally {
      span.end();
    }
  }

  public void acceptsSpanOfTheCurrentContext(String tool) {
    Span span = Span.current();
    client.call(tool);
    span.end();
  }
}

interface DocsAsyncModel {
  CompletableFuture<String> callAsync(String prompt);

  Mono<String> callMono(String prompt);
}

interface DocsHealthClient {
  boolean isHealthy();

  void setMode(String mode);

  String call(String input);
}

interface DocsNotALogger {
  void info(String message);
}

interface DocsContextEntry {
  void process();
}
