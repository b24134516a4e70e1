package corpus.unclosedtrace;

import io.opentracing.Scope;
import io.opentracing.Span;
import io.opentracing.Tracer;
import io.reactivex.rxjava3.core.Flowable;
import io.reactivex.rxjava3.core.Single;

/**
 * A legacy OpenTracing-instrumented (Datadog) RxJava 3 service: each remote lookup is a span finished by doFinally,
 * and the span is activated only around the synchronous subscription code.
 */
public class RealisticAsyncOpenTracingRxCalls {
  interface Catalog {
    Single<String> product(String sku);

    Flowable<String> search(String query);
  }

  private final Tracer tracer;
  private final Catalog catalog;

  RealisticAsyncOpenTracingRxCalls(Tracer tracer, Catalog catalog) {
    this.tracer = tracer;
    this.catalog = catalog;
  }

  public Single<String> product(String sku) {
    Span span = tracer.buildSpan("catalog.product").withTag("sku", sku).start();
    try (Scope scope = tracer.activateSpan(span)) {
      return catalog.product(sku)
          .doOnError(error -> span.setTag("error", true))
          .doFinally(span::finish);
    }
  }

  public Flowable<String> search(String query) {
    Span span = tracer.buildSpan("catalog.search").start();
    return catalog.search(query)
        .doOnNext(hit -> span.log("hit"))
        .doOnCancel(span::finish)
        .doOnTerminate(span::finish);
  }

  public Flowable<String> searchFinishedOnCompleteOnly(String query) {
    Span span = tracer.buildSpan("catalog.search.complete").start(); // tracelint-expect: UnclosedTrace
    return catalog.search(query).doOnComplete(span::finish);
  }
}
