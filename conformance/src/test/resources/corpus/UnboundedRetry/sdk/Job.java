package corpus.unboundedretry.sdk;

/** An in-house type whose method names happen to match retry settings ({@code retry()}, {@code maxAttempts(n)}). */
public final class Job {
  public Job retry() {
    return this;
  }

  public Job maxAttempts(int attempts) {
    return this;
  }
}
