package corpus.unclosedtrace;

import co.elastic.apm.api.ElasticApm;
import co.elastic.apm.api.Scope;
import co.elastic.apm.api.Transaction;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentracing.util.GlobalTracer;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Starts next to pattern-matching guards, a lock and several SDKs: a guard that returns after the start leaks the
 * span; a start made under a lock and ended in a finally after it does not; OpenTracing and Elastic APM follow
 * their own try-with-resources idioms; a switch expression that yields the started span hands it to its local (an
 * arm of a switch statement drops it).
 */
public class RealisticModernGuardsAndLocks {
  record Request(String id, Map<String, String> params) {}

  interface Handler {
    String handle(Request request) throws Exception;
  }

  private final Tracer tracer;
  private final Handler handler;
  private final ReentrantLock lock = new ReentrantLock();

  public RealisticModernGuardsAndLocks(Tracer tracer, Handler handler) {
    this.tracer = tracer;
    this.handler = handler;
  }

  public String guardBeforeTheStart(Object message) throws Exception {
    if (!(message instanceof Request request)) {
      return "ignored";
    }
    Span span = tracer.spanBuilder("request " + request.id()).startSpan();
    try {
      return handler.handle(request);
    } finally {
      span.end();
    }
  }

  public String guardAfterTheStart(Object message) throws Exception {
    Span span = tracer.spanBuilder("message").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    if (!(message instanceof Request request)) {
      return "ignored";
    }
    try {
      return handler.handle(request);
    } finally {
      span.end();
    }
  }

  public String startUnderALock(Request request) throws Exception {
    Span span;
    lock.lock();
    try {
      span = tracer.spanBuilder("locked " + request.id()).startSpan();
    } finally {
      lock.unlock();
    }
    try {
      return handler.handle(request);
    } finally {
      span.end();
    }
  }

  public String openTracing(Request request) throws Exception {
    io.opentracing.Tracer ot = GlobalTracer.get();
    io.opentracing.Span span = ot.buildSpan("ot " + request.id()).start();
    try (io.opentracing.Scope scope = ot.activateSpan(span)) {
      return handler.handle(request);
    } finally {
      span.finish();
    }
  }

  public String elastic(Request request) throws Exception {
    Transaction transaction = ElasticApm.startTransaction();
    try (Scope scope = transaction.activate()) {
      transaction.setName("elastic " + request.id());
      return handler.handle(request);
    } catch (Exception e) {
      transaction.captureException(e);
      throw e;
    } finally {
      transaction.end();
    }
  }

  public String switchExpressionYieldsTheSpanFromABlock(Request request) throws Exception {
    Span span =
        switch (request.id().length()) {
          case 0 -> Span.getInvalid();
          default -> {
            String name = "request " + request.id();
            yield tracer.spanBuilder(name).startSpan();
          }
        };
    try {
      return handler.handle(request);
    } finally {
      span.end();
    }
  }

  public void switchStatementDropsTheSpan(Request request) {
    switch (request.params().size()) {
      case 0 -> tracer.spanBuilder("empty").startSpan(); // tracelint-expect: UnclosedTrace
      default -> tracer.spanBuilder("params").startSpan().end();
    }
  }

  public String switchExpressionPicksTheSpan(Request request, boolean internal) throws Exception {
    Span span =
        switch (request.params().size()) {
          case 0 -> tracer.spanBuilder("empty").startSpan();
          default -> tracer.spanBuilder(internal ? "internal" : "external").startSpan();
        };
    try {
      return handler.handle(request);
    } finally {
      span.end();
    }
  }
}
