package corpus.unclosedtrace;

import brave.ScopedSpan;
import brave.Span;
import brave.Tracer;
import java.util.EnumMap;
import java.util.Map;

/**
 * Strategies as an enum with constant bodies and constructor logic, each tracing its own work with Brave; an
 * interface default method wraps a call in a scoped span.
 */
public class RealisticModernEnumStrategies {
  interface ModelClient {
    String complete(String model, String prompt);
  }

  interface Traced {
    Tracer tracer();

    default String traced(String name, java.util.function.Supplier<String> work) {
      ScopedSpan span = tracer().startScopedSpan(name);
      try {
        return work.get();
      } catch (RuntimeException | Error e) {
        span.error(e);
        throw e;
      } finally {
        span.finish();
      }
    }
  }

  enum Routing {
    CHEAP("small-model") {
      @Override
      String route(Tracer tracer, ModelClient client, String prompt) {
        Span span = tracer.nextSpan().name("route.cheap").start();
        try {
          return client.complete(model, prompt);
        } finally {
          span.finish();
        }
      }
    },
    ACCURATE("large-model") {
      @Override
      String route(Tracer tracer, ModelClient client, String prompt) {
        ScopedSpan span = tracer.startScopedSpan("route.accurate");
        try {
          span.tag("model", model);
          return client.complete(model, prompt.strip());
        } finally {
          span.finish();
        }
      }
    },
    FALLBACK("large-model") {
      @Override
      String route(Tracer tracer, ModelClient client, String prompt) {
        Span span = tracer.nextSpan().name("route.fallback").start(); // tracelint-expect: UnclosedTrace -- span 'span'
        String answer = client.complete(model, prompt);
        span.finish();
        return answer;
      }
    };

    final String model;

    Routing(String model) {
      if (model.isBlank()) {
        throw new IllegalArgumentException("model");
      }
      this.model = model;
    }

    abstract String route(Tracer tracer, ModelClient client, String prompt);
  }

  private final Map<Routing, Integer> calls = new EnumMap<>(Routing.class);

  public String route(Tracer tracer, ModelClient client, Routing routing, String prompt) {
    calls.merge(routing, 1, Integer::sum);
    return routing.route(tracer, client, prompt);
  }
}
