package corpus.unclosedtrace.sdk;

/** An in-house job runner whose {@code start()} and {@code end()} look like a span's and are not. */
public interface Job {
  Job start();

  void end();
}
