package corpus.retrywithoutbackoff.inhouse.sdk;

/** The in-house static pause between attempts; {@code between} is configured as a BackoffMethods entry. */
public final class Cooldown {
  private Cooldown() {}

  public static void between(int attempt) {
    try {
      Thread.sleep(Math.min(20_000L, 200L << Math.min(attempt, 6)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Not a wait: a text for the log. */
  public static String describe(int attempt) {
    return "attempt " + attempt;
  }
}
