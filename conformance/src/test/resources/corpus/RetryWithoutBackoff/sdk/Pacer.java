package corpus.retrywithoutbackoff.sdk;

/**
 * An in-house pacing helper with no artifact. Its name says nothing about waiting: only the {@code BackoffMethods}
 * option, which the sample app does not set, would make it a wait.
 */
public final class Pacer {
  public void hold(int attempt) {}
}
