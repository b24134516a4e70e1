package corpus.unboundedretry.sdk;

/** An in-house redelivery scheduler that takes the look-alike pause and counts the attempts itself. */
public class Redelivery {
  public Redelivery(FixedBackOff pause, int maxAttempts) {
  }
}
