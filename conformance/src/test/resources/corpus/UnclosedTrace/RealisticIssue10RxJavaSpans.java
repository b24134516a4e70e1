package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.reactivex.rxjava3.core.Completable;
import io.reactivex.rxjava3.core.Single;

/** An Android-style RxJava client for a hosted agent, spans ended by Rx callbacks. */
public class RealisticIssue10RxJavaSpans {
  interface AgentApi {
    Single<String> run(String task);

    Completable upload(String transcript);
  }

  private final Tracer tracer;
  private final AgentApi api;

  RealisticIssue10RxJavaSpans(Tracer tracer, AgentApi api) {
    this.tracer = tracer;
    this.api = api;
  }

  public Single<String> runTask(String task) {
    Span span = tracer.spanBuilder("agent.run").startSpan(); // tracelint-expect: UnclosedTrace
    return api.run(task)
        .doOnSuccess(result -> span.end())
        .doOnError(error -> {
          span.recordException(error);
          span.end();
        });
  }

  public Single<String> runTaskFinally(String task) {
    Span span = tracer.spanBuilder("agent.run.finally").startSpan();
    return api.run(task).doOnError(span::recordException).doFinally(span::end);
  }

  public Completable uploadTranscript(String transcript) {
    Span span = tracer.spanBuilder("agent.upload").startSpan(); // tracelint-expect: UnclosedTrace
    return api.upload(transcript).doOnTerminate(span::end);
  }

  public Completable uploadTranscriptFinally(String transcript) {
    Span span = tracer.spanBuilder("agent.upload.finally").startSpan();
    return api.upload(transcript).doFinally(() -> span.end());
  }
}
