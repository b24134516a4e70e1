package corpus.unclosedtrace;

import brave.Span;
import brave.Tracer;
import io.reactivex.rxjava3.core.Completable;
import io.reactivex.rxjava3.core.Maybe;
import io.reactivex.rxjava3.core.Single;
import java.util.concurrent.TimeUnit;

/**
 * An Android-era tool gateway on RxJava 3 and Brave: each remote tool call is a Single, and its span must be
 * finished on success, error and dispose (the agent loop disposes pending calls when the user stops it).
 */
public class RealisticAsyncRxJavaToolSpans {
  interface RxToolClient {
    Single<String> invoke(String tool, String arguments);

    Maybe<String> cached(String tool, String arguments);

    Completable warmUp(String tool);
  }

  private final Tracer tracer;
  private final RxToolClient client;

  RealisticAsyncRxJavaToolSpans(Tracer tracer, RxToolClient client) {
    this.tracer = tracer;
    this.client = client;
  }

  public Single<String> invoke(String tool, String arguments) {
    Span span = tracer.nextSpan().name("tool " + tool).start();
    return client.invoke(tool, arguments)
        .timeout(20, TimeUnit.SECONDS)
        .doOnError(span::error)
        .doFinally(span::finish);
  }

  public Maybe<String> lookup(String tool, String arguments) {
    Span span = tracer.nextSpan().name("tool.cache " + tool).start();
    return client.cached(tool, arguments)
        .doOnEvent((value, error) -> span.finish())
        .doOnDispose(span::abandon);
  }

  public Completable warmUp(String tool) {
    Span span = tracer.nextSpan().name("tool.warmup").tag("tool", tool).start();
    return client.warmUp(tool).doOnTerminate(span::finish).doOnDispose(span::finish);
  }

  public Single<String> invokeUntilDisposed(String tool, String arguments) {
    Span span = tracer.nextSpan().name("tool.unguarded " + tool).start(); // tracelint-expect: UnclosedTrace
    return client.invoke(tool, arguments)
        .doOnSuccess(result -> span.finish())
        .doOnError(error -> {
          span.error(error);
          span.finish();
        });
  }

  public Single<Integer> invokeAndMeasure(String tool, String arguments) {
    Span span = tracer.nextSpan().name("tool.measured " + tool).start();
    return client.invoke(tool, arguments)
        .map(String::length)
        .doAfterTerminate(span::finish)
        .doOnDispose(span::finish);
  }
}
