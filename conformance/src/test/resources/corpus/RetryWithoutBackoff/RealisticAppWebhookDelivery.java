package corpus.retrywithoutbackoff;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivery of agent-run notifications to customer webhooks: attempts are spaced by full-jitter exponential backoff,
 * capped, and stop at a delivery deadline; a 4xx answer is final.
 */
public class RealisticAppWebhookDelivery {
  private static final Logger log = LoggerFactory.getLogger(RealisticAppWebhookDelivery.class);
  private static final long BASE_MILLIS = 500;
  private static final long CAP_MILLIS = 60_000;

  static final class ClientErrorException extends IOException {
    ClientErrorException(String message) {
      super(message);
    }
  }

  interface WebhookSender {
    void post(String url, String payload) throws IOException;
  }

  private final WebhookSender sender;

  public RealisticAppWebhookDelivery(WebhookSender sender) {
    this.sender = sender;
  }

  public boolean deliver(String url, String payload, Duration budget) throws InterruptedException {
    Instant deadline = Instant.now().plus(budget);
    int attempt = 0;
    while (Instant.now().isBefore(deadline)) {
      attempt++;
      try {
        sender.post(url, payload);
        return true;
      } catch (ClientErrorException e) {
        log.warn("webhook {} rejected the notification: {}", url, e.getMessage());
        return false;
      } catch (IOException e) {
        long ceiling = Math.min(CAP_MILLIS, BASE_MILLIS << Math.min(attempt, 16));
        long sleepMillis = ThreadLocalRandom.current().nextLong(ceiling + 1);
        log.info("webhook {} failed (attempt {}), next try in {} ms", url, attempt, sleepMillis);
        Thread.sleep(sleepMillis);
      }
    }
    log.error("webhook {} not delivered within {}", url, budget);
    return false;
  }
}
