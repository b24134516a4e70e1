package corpus.unboundedretry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A batch uploader with labeled loops: an outer loop over batches, an inner retry loop bounded by an attempt
 * counter, `continue outer` to move on after giving up, and a deadline-bounded drain at the end.
 */
public class RealisticModernLabeledRetryLoops {
  private static final Logger log = LoggerFactory.getLogger(RealisticModernLabeledRetryLoops.class);
  private static final int MAX_ATTEMPTS = 4;

  record Batch(String id, List<byte[]> records) {}

  interface Uploader {
    void upload(Batch batch) throws IOException;

    boolean drained();
  }

  private final Uploader uploader;

  public RealisticModernLabeledRetryLoops(Uploader uploader) {
    this.uploader = uploader;
  }

  public int uploadAll(List<Batch> batches) throws InterruptedException {
    int uploaded = 0;
    outer:
    for (Batch batch : batches) {
      int attempt = 0;
      while (true) {
        try {
          uploader.upload(batch);
          uploaded++;
          continue outer;
        } catch (IOException e) {
          if (++attempt >= MAX_ATTEMPTS) {
            log.error("giving up on batch {} after {} attempts", batch.id(), attempt, e);
            continue outer;
          }
          Thread.sleep(250L << attempt);
        }
      }
    }
    return uploaded;
  }

  public void awaitDrained(Duration budget) throws InterruptedException {
    Instant deadline = Instant.now().plus(budget);
    while (!uploader.drained()) {
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException("uploader did not drain within " + budget);
      }
      Thread.sleep(100);
    }
  }

  public void uploadRequired(Batch batch) {
    retry:
    for (int attempt = 1; ; attempt++) {
      try {
        uploader.upload(batch);
        break retry;
      } catch (IOException e) {
        if (attempt == MAX_ATTEMPTS) {
          throw new UncheckedIOException(e);
        }
        sleepQuietly(Duration.ofMillis(200L * attempt));
      }
    }
  }

  private static void sleepQuietly(Duration pause) {
    try {
      Thread.sleep(pause.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
