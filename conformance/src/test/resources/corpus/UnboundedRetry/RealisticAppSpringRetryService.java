package corpus.unboundedretry;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.retry.annotation.Backoff;
import org.springframework.retry.annotation.Recover;
import org.springframework.retry.annotation.Retryable;
import org.springframework.retry.support.RetryTemplate;
import org.springframework.stereotype.Service;

/**
 * A Spring service that pushes evaluation results to an experiment tracker: spring-retry annotations with a bound and
 * a backoff, a recovery method, and a template built with both.
 */
@Service
public class RealisticAppSpringRetryService {
  private static final Logger log = LoggerFactory.getLogger(RealisticAppSpringRetryService.class);

  interface Tracker {
    void logRun(String experiment, String resultsJson) throws IOException;
  }

  private final Tracker tracker;
  private final RetryTemplate template = RetryTemplate.builder()
      .maxAttempts(5)
      .exponentialBackoff(500, 2.0, 10_000)
      .retryOn(IOException.class)
      .build();

  public RealisticAppSpringRetryService(Tracker tracker) {
    this.tracker = tracker;
  }

  @Retryable(retryFor = IOException.class, maxAttempts = 4, backoff = @Backoff(delay = 500, multiplier = 2.0))
  public void publish(String experiment, String resultsJson) throws IOException {
    tracker.logRun(experiment, resultsJson);
  }

  @Recover
  public void publishFailed(IOException e, String experiment, String resultsJson) {
    log.error("results of {} not published; kept on disk for a later upload", experiment, e);
  }

  @Retryable(retryFor = IOException.class, maxAttemptsExpression = "${tracker.max-attempts:3}",
      backoff = @Backoff(delayExpression = "${tracker.delay-ms:1000}"))
  public void publishConfigured(String experiment, String resultsJson) throws IOException {
    tracker.logRun(experiment, resultsJson);
  }

  public void publishWithTemplate(String experiment, String resultsJson) throws IOException {
    template.execute(context -> {
      if (context.getRetryCount() > 0) {
        log.info("retry {} of publish for {}", context.getRetryCount(), experiment);
      }
      tracker.logRun(experiment, resultsJson);
      return null;
    });
  }
}
