package corpus.unclosedtrace.inhouse.facade;

/**
 * An in-house telemetry facade with nested types, configured with dots for the nesting:
 * {@code Telemetry.Spans#open:finish|abandon} (a span ends with finish() or abandon()) and
 * {@code Telemetry.Context#enter:close} (a scope: close is the only end). {@code Spans#peek} returns the current span,
 * which the caller does not own, and is not configured.
 */
public final class Telemetry {
  private Telemetry() {}

  public static Spans spans() {
    return new Spans();
  }

  public static Context context() {
    return new Context();
  }

  /** Starts spans. */
  public static final class Spans {
    public Span open(String name) {
      return new Span();
    }

    public Span peek() {
      return new Span();
    }
  }

  /** Makes a span current on this thread. */
  public static final class Context {
    public Scope enter(Span span) {
      return new Scope();
    }
  }

  /** An in-house span. */
  public static final class Span {
    public void tag(String key, String value) {}

    public void finish() {}

    public void abandon() {}
  }

  /** Restores the previous current span when closed. */
  public static final class Scope implements AutoCloseable {
    @Override
    public void close() {}
  }
}
