package corpus.unboundedretry;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An export worker: takes batches from a queue until stopped; a failed batch is logged and dropped, not retried. */
public class RealisticCleanConsumerLoop implements Runnable {
  private static final Logger log = LoggerFactory.getLogger(RealisticCleanConsumerLoop.class);

  interface Sink {
    void write(String batch) throws java.io.IOException;
  }

  private final BlockingQueue<String> queue;
  private final Sink sink;
  private final AtomicBoolean running = new AtomicBoolean(true);
  private volatile boolean stopped;

  RealisticCleanConsumerLoop(BlockingQueue<String> queue, Sink sink) {
    this.queue = queue;
    this.sink = sink;
  }

  @Override
  public void run() {
    while (running.get()) {
      try {
        String batch = queue.poll(1, TimeUnit.SECONDS);
        if (batch == null) {
          continue;
        }
        sink.write(batch);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (java.io.IOException e) {
        log.warn("dropping batch after write failure", e);
      }
    }
  }

  public void drainForever() {
    while (true) {
      String batch;
      try {
        batch = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      try {
        sink.write(batch);
      } catch (Exception e) {
        log.error("write failed for batch of {} chars", batch.length(), e);
      }
    }
  }

  public void runUntilStopped() {
    while (!stopped && !Thread.currentThread().isInterrupted()) {
      try {
        sink.write(queue.take());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (Exception e) {
        log.warn("write failed", e);
      }
    }
  }

  public void stop() {
    running.set(false);
    stopped = true;
  }
}
