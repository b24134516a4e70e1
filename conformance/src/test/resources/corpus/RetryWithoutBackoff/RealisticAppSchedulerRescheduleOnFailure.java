package corpus.retrywithoutbackoff;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A feedback uploader of a chat application: a failed upload is handed to a scheduler and tried again later with a
 * growing delay, instead of being repeated on the spot.
 */
public class RealisticAppSchedulerRescheduleOnFailure {
  private static final Logger log = LoggerFactory.getLogger(RealisticAppSchedulerRescheduleOnFailure.class);
  private static final int MAX_ATTEMPTS = 5;

  record Feedback(String traceId, int score, String comment) {}

  interface FeedbackApi {
    void upload(List<Feedback> batch) throws IOException;
  }

  private final FeedbackApi api;
  private final ScheduledExecutorService scheduler;

  public RealisticAppSchedulerRescheduleOnFailure(FeedbackApi api, ScheduledExecutorService scheduler) {
    this.api = api;
    this.scheduler = scheduler;
  }

  public void upload(List<Feedback> batch, int attempt) {
    try {
      api.upload(batch);
    } catch (IOException e) {
      if (attempt >= MAX_ATTEMPTS) {
        log.error("dropping {} feedback records after {} attempts", batch.size(), attempt, e);
        return;
      }
      long delaySeconds = 1L << attempt;
      log.warn("feedback upload failed, retrying in {} s", delaySeconds, e);
      scheduler.schedule(() -> upload(batch, attempt + 1), delaySeconds, TimeUnit.SECONDS);
    }
  }

  public void uploadAll(List<List<Feedback>> batches) {
    for (List<Feedback> batch : batches) {
      scheduler.execute(() -> upload(batch, 1));
    }
  }
}
