package corpus.retrywithoutbackoff;

import java.time.Duration;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * A reactive guardrail service calling a moderation API: transient failures wait before the next attempt (fixed
 * delay or backoff); an expired session is renewed and retried at once; a bare Retry.max(3) hammers the API.
 */
public class RealisticAsyncReactorDelaySpecs {
  static final class ModerationSessionExpiredException extends RuntimeException {
    ModerationSessionExpiredException(String message) {
      super(message);
    }
  }

  interface ModerationApi {
    Mono<Boolean> flagged(String text);
  }

  private final ModerationApi api;

  RealisticAsyncReactorDelaySpecs(ModerationApi api) {
    this.api = api;
  }

  public Mono<Boolean> flagged(String text) {
    return api.flagged(text).retryWhen(Retry.fixedDelay(3, Duration.ofMillis(750)));
  }

  public Mono<Boolean> flaggedWithBackoff(String text) {
    return api.flagged(text)
        .retryWhen(Retry.backoff(4, Duration.ofMillis(200)).maxBackoff(Duration.ofSeconds(3)).jitter(0.25));
  }

  public Mono<Boolean> flaggedAfterSessionRenewal(String text) {
    return api.flagged(text)
        .retryWhen(Retry.max(1).filter(ModerationSessionExpiredException.class::isInstance));
  }

  public Mono<Boolean> flaggedOrAllowed(String text) {
    return api.flagged(text).timeout(Duration.ofSeconds(2)).onErrorReturn(Boolean.FALSE);
  }

  public Mono<Boolean> flaggedHammering(String text) {
    return api.flagged(text).retryWhen(Retry.max(3)); // tracelint-expect: RetryWithoutBackoff
  }
}
