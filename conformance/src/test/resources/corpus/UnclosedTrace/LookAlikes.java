package corpus.unclosedtrace;

import corpus.unclosedtrace.sdk.Job;
import corpus.unclosedtrace.sdk.Pipeline;
import io.opentelemetry.api.trace.Tracer;

/**
 * Calls named like trace starts that are not the tracing libraries' ({@code Thread#start}, a project's own
 * {@code start()}, {@code startSpan()} or {@code makeCurrent()}), in a file that does use a tracer: never flagged,
 * with or without types.
 */
public class LookAlikes {
  private final Tracer tracer;
  private final Thread worker;

  public LookAlikes(Tracer tracer, Thread worker) {
    this.tracer = tracer;
    this.worker = worker;
  }

  /** A project type declared in this file, with a start() that returns this. */
  static class Task {
    Task start() {
      return this;
    }

    void end() {}
  }

  /** A project builder with a startSpan() of its own. */
  static class Builder {
    Task startSpan() {
      return new Task();
    }
  }

  /** A project context with a makeCurrent() of its own. */
  static class Ctx {
    AutoCloseable makeCurrent() {
      return null;
    }
  }

  public void ignoresThreadStart(Runnable work) {
    Thread thread = new Thread(work);
    thread.start();
    new Thread(work).start();
    worker.start();
    work.run();
  }

  public void ignoresProjectStartsDeclaredInTheFile(Builder builder, Ctx ctx) {
    Task task = new Task();
    task.start();
    Task other = builder.startSpan();
    ctx.makeCurrent();
    callTool();
    task.end();
    other.end();
  }

  public void ignoresProjectStartsOfAnotherFile(Job job, Pipeline pipeline) {
    job.start();
    pipeline.stage("load").start();
    var started = job.start();
    Job kept = job.start();
    callTool();
    job.end();
    started.end();
    kept.end();
  }

  private void callTool() {}
}
