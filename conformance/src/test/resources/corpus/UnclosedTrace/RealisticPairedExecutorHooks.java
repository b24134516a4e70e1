package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A thread pool that traces each task: {@code beforeExecute} starts the task's span and scope on the worker thread,
 * {@code afterExecute} (which the pool runs after the task, whether it returned or threw) closes and ends them.
 */
class RealisticPairedExecutorHooks extends ThreadPoolExecutor {
  private static final class TaskTrace {
    final Span span;
    final Scope scope;

    TaskTrace(Span span, Scope scope) {
      this.span = span;
      this.scope = scope;
    }
  }

  private final ThreadLocal<TaskTrace> current = new ThreadLocal<>();
  private final Tracer tracer;

  RealisticPairedExecutorHooks(Tracer tracer, int threads) {
    super(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
    this.tracer = tracer;
  }

  @Override
  protected void beforeExecute(Thread worker, Runnable task) {
    super.beforeExecute(worker, task);
    Span span = tracer.spanBuilder("task " + task.getClass().getSimpleName())
        .setAttribute("thread.name", worker.getName())
        .startSpan();
    current.set(new TaskTrace(span, span.makeCurrent()));
  }

  @Override
  protected void afterExecute(Runnable task, Throwable failure) {
    TaskTrace trace = current.get();
    current.remove();
    if (trace != null) {
      trace.scope.close();
      if (failure != null) {
        trace.span.recordException(failure);
        trace.span.setStatus(StatusCode.ERROR);
      }
      trace.span.end();
    }
    super.afterExecute(task, failure);
  }
}
