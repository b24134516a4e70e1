package corpus.retrywithoutbackoff;

import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Workers around an embedding queue: a consumer that takes the next job after a failure, a timed poll, and a
 * failed job rescheduled on an executor with a delay instead of being retried in place.
 */
public class RealisticModernQueueWorkers {
  private static final Logger log = LoggerFactory.getLogger(RealisticModernQueueWorkers.class);

  record EmbedJob(String documentId, int attempt) {
    EmbedJob next() {
      return new EmbedJob(documentId, attempt + 1);
    }
  }

  interface Embedder {
    void embed(String documentId) throws IOException;
  }

  private final BlockingQueue<EmbedJob> queue;
  private final Embedder embedder;
  private final ScheduledExecutorService scheduler;
  private volatile boolean running = true;

  public RealisticModernQueueWorkers(BlockingQueue<EmbedJob> queue, Embedder embedder, ScheduledExecutorService scheduler) {
    this.queue = queue;
    this.embedder = embedder;
    this.scheduler = scheduler;
  }

  public void work() throws InterruptedException {
    while (running) {
      EmbedJob job = queue.poll(500, TimeUnit.MILLISECONDS);
      if (job == null) {
        continue;
      }
      try {
        embedder.embed(job.documentId());
      } catch (IOException e) {
        if (job.attempt() < 5) {
          scheduler.schedule(() -> queue.offer(job.next()), 1L << job.attempt(), TimeUnit.SECONDS);
        } else {
          log.error("giving up on {}", job.documentId(), e);
        }
      }
    }
  }

  public void stop() {
    running = false;
  }
}
