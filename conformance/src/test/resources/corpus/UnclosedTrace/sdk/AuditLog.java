package corpus.unclosedtrace.sdk;

/** An in-house audit log: not a logging library, but a field of it named {@code log} reads like a logger. */
public interface AuditLog {
  void info(String event);
}
