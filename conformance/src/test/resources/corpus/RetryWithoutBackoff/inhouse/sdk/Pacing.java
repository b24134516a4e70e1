package corpus.retrywithoutbackoff.inhouse.sdk;

/** The in-house pacing contract; the BackoffMethods option names the interface's method, {@code Pacing#settle}. */
public interface Pacing {
  /** Blocks until the next attempt is due. */
  void settle(int attempt);

  /** Says how the pacing is configured; does not block. */
  String describe();
}
