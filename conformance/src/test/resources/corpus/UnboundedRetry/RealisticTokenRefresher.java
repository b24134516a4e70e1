package corpus.unboundedretry;

import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Refreshes OAuth access tokens for an LLM provider; recursion carries the attempt number. */
public class RealisticTokenRefresher {
  private static final Logger log = LoggerFactory.getLogger(RealisticTokenRefresher.class);
  private static final int MAX_ATTEMPTS = 5;

  interface TokenEndpoint {
    String exchange(String refreshToken) throws IOException;
  }

  private final TokenEndpoint endpoint;

  RealisticTokenRefresher(TokenEndpoint endpoint) {
    this.endpoint = endpoint;
  }

  public String refresh(String refreshToken) throws IOException {
    return refresh(refreshToken, 1);
  }

  private String refresh(String refreshToken, int attempt) throws IOException {
    try {
      return endpoint.exchange(refreshToken);
    } catch (IOException e) {
      if (attempt >= MAX_ATTEMPTS) {
        throw e;
      }
      log.warn("token refresh attempt {} failed", attempt);
      sleepQuietly(backoff(attempt));
      return refresh(refreshToken, attempt + 1);
    }
  }

  /** Called on a 401 from the model API; the refresh "cannot" fail for long. */
  public String refreshAfterUnauthorized(String refreshToken) {
    try {
      return endpoint.exchange(refreshToken);
    } catch (IOException e) {
      log.warn("refresh after 401 failed, trying again");
      return refreshAfterUnauthorized(refreshToken); // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
    }
  }

  /** Bounded by a countdown, with a pause. */
  public String refreshWithin(String refreshToken, int remaining) throws IOException {
    try {
      return endpoint.exchange(refreshToken);
    } catch (IOException e) {
      if (remaining <= 0) {
        throw e;
      }
      sleepQuietly(Duration.ofMillis(500));
      return refreshWithin(refreshToken, remaining - 1);
    }
  }

  /** Bounded by a countdown, but again at once. */
  public String refreshEagerly(String refreshToken, int remaining) throws IOException {
    try {
      return endpoint.exchange(refreshToken);
    } catch (IOException e) {
      if (remaining == 0) {
        throw e;
      }
      return refreshEagerly(refreshToken, remaining - 1); // tracelint-expect: RetryWithoutBackoff
    }
  }

  private static Duration backoff(int attempt) {
    return Duration.ofMillis(Math.min(250L * (1L << attempt), 15_000L));
  }

  private static void sleepQuietly(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
