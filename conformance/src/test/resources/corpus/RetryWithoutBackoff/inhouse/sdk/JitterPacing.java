package corpus.retrywithoutbackoff.inhouse.sdk;

import java.util.concurrent.ThreadLocalRandom;

/** The SDK's implementation of {@link Pacing}, which applications often hold by its own type. */
public final class JitterPacing implements Pacing {
  private final long baseMillis;

  public JitterPacing(long baseMillis) {
    this.baseMillis = baseMillis;
  }

  @Override
  public void settle(int attempt) {
    long millis = ThreadLocalRandom.current().nextLong(baseMillis << Math.min(attempt, 6));
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public String describe() {
    return "jitter from " + baseMillis + " ms";
  }
}
