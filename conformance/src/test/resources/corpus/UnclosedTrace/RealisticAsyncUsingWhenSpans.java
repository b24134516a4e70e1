package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.util.concurrent.CompletableFuture;
import reactor.core.publisher.Mono;

/**
 * A reactive conversation repository: a span per transaction, tied to the subscription with Mono.usingWhen so that
 * commit, rollback and cancel each end it; continuations restore the caller's context for their synchronous part.
 */
public class RealisticAsyncUsingWhenSpans {
  interface Transaction {
    Mono<Void> commit();

    Mono<Void> rollback();

    Mono<String> save(String conversationId, String message);
  }

  interface ReactiveDatabase {
    Mono<Transaction> begin();
  }

  interface Audit {
    CompletableFuture<Void> record(String conversationId);
  }

  private final Tracer tracer;
  private final ReactiveDatabase database;
  private final Audit audit;

  RealisticAsyncUsingWhenSpans(Tracer tracer, ReactiveDatabase database, Audit audit) {
    this.tracer = tracer;
    this.database = database;
    this.audit = audit;
  }

  public Mono<String> append(String conversationId, String message) {
    Span span = tracer.spanBuilder("conversation.append").startSpan();
    return Mono.usingWhen(
            database.begin(),
            tx -> tx.save(conversationId, message),
            Transaction::commit,
            (tx, error) -> tx.rollback(),
            Transaction::rollback)
        .doFinally(signal -> span.end());
  }

  public Mono<String> appendInSpanResource(String conversationId, String message) {
    return Mono.usingWhen(
        Mono.fromSupplier(() -> tracer.spanBuilder("conversation.append.resource").startSpan()),
        span -> database.begin().flatMap(tx -> tx.save(conversationId, message)),
        span -> Mono.fromRunnable(span::end),
        (span, error) -> Mono.fromRunnable(() -> {
          span.recordException(error);
          span.end();
        }),
        span -> Mono.fromRunnable(span::end));
  }

  /** The continuation runs on another thread: it restores the caller's context in try-with-resources. */
  public CompletableFuture<String> appendThenAudit(String conversationId, String message) {
    Context caller = Context.current();
    return append(conversationId, message)
        .toFuture()
        .thenCompose(saved -> {
          try (Scope scope = caller.makeCurrent()) {
            return audit.record(conversationId).thenApply(done -> saved);
          }
        });
  }

  /** The continuation makes the caller's context current and never closes the scope: the pooled thread keeps it. */
  public CompletableFuture<String> appendThenAuditLeavingContext(String conversationId, String message) {
    Context caller = Context.current();
    return append(conversationId, message)
        .toFuture()
        .thenCompose(saved -> {
          caller.makeCurrent(); // tracelint-expect: UnclosedTrace
          return audit.record(conversationId).thenApply(done -> saved);
        });
  }
}
