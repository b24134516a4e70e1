package corpus.unclosedtrace.beans;

/** Static factories of another compilation unit: what they run is not seen from a caller's file. */
public final class Listeners {
  private Listeners() {}

  public static Exchange.Listener wrap(Exchange.Listener delegate, String name) {
    if (delegate == null) {
      throw new IllegalArgumentException("delegate");
    }
    return result -> delegate.completed(result);
  }
}
