package corpus.retrywithoutbackoff;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A webhook delivery that reschedules itself on the scheduler with growing delays, up to a limit. */
public class RealisticCleanScheduledRetry {
  private static final Logger log = LoggerFactory.getLogger(RealisticCleanScheduledRetry.class);
  private static final int MAX_DELIVERIES = 6;

  interface Webhook {
    void deliver(String url, String payload) throws Exception;
  }

  private final ScheduledExecutorService scheduler;
  private final Webhook webhook;

  RealisticCleanScheduledRetry(ScheduledExecutorService scheduler, Webhook webhook) {
    this.scheduler = scheduler;
    this.webhook = webhook;
  }

  public void deliver(String url, String payload) {
    attempt(url, payload, 1);
  }

  private void attempt(String url, String payload, int attempt) {
    try {
      webhook.deliver(url, payload);
    } catch (Exception e) {
      if (attempt >= MAX_DELIVERIES) {
        log.error("giving up on webhook {} after {} attempts", url, attempt, e);
        return;
      }
      long delaySeconds = (long) Math.pow(2, attempt);
      log.warn("webhook {} failed, retrying in {} s", url, delaySeconds);
      scheduler.schedule(() -> attempt(url, payload, attempt + 1), delaySeconds, TimeUnit.SECONDS);
    }
  }
}
