package corpus.retrywithoutbackoff.inhouse.sdk;

/**
 * An in-house pacing helper whose method names say nothing about waiting. The BackoffMethods option lists
 * {@code Cadence#hold} and the nested {@code Cadence.Gate#pass} (written with a dot); {@code Cadence#note} is not
 * listed: it only counts attempts.
 */
public class Cadence {
  private final long baseMillis;

  public Cadence(long baseMillis) {
    this.baseMillis = baseMillis;
  }

  /** Blocks for a growing, jittered interval. */
  public void hold(int attempt) {
    long millis = baseMillis << Math.min(attempt, 6);
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Counts an attempt for the dashboard; does not block. */
  public void note(int attempt) {}

  public Gate gate(String name) {
    return new Gate();
  }

  /** A token-bucket gate: {@code pass} blocks until the next permit is due. */
  public static final class Gate {
    public void pass() {}

    public boolean tryPass() {
      return true;
    }
  }
}
