package corpus.unboundedretry.sdk;

/**
 * An in-house pause between redeliveries that happens to share Spring's name: it holds no attempt count, so a
 * no-argument one bounds nothing and leaves nothing unbounded. Only Spring's own type is catalogued.
 */
public class FixedBackOff {
  private long pauseMillis = 1_000L;

  public long pauseMillis() {
    return pauseMillis;
  }
}
