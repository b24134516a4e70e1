package corpus.retrywithoutbackoff;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Span batch senders that drain a queue of pending batches: a batch that failed to send and is put back at the head
 * of the queue it is drained from is taken again by the next turn, at once. Put back at the tail behind a pause, in
 * a delay queue, or on a dead-letter queue, it is not retried at once.
 */
class BatchesPutBackAtTheHead {
  interface Exporter {
    void export(List<String> batch) throws IOException;
  }

  static final class DelayedBatch implements Delayed {
    final List<String> spans;
    final long dueNanos;

    DelayedBatch(List<String> spans, long delayMillis) {
      this.spans = spans;
      this.dueNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(delayMillis);
    }

    @Override
    public long getDelay(TimeUnit unit) {
      return unit.convert(dueNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
    }

    @Override
    public int compareTo(Delayed other) {
      return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
    }
  }

  private static final Logger log = Logger.getLogger("sender");
  private final Exporter exporter;
  private final Deque<List<String>> pending = new ArrayDeque<>();
  private final BlockingDeque<List<String>> inbox = new LinkedBlockingDeque<>();
  private final BlockingQueue<List<String>> deadLetters = new LinkedBlockingDeque<>();
  private final DelayQueue<DelayedBatch> retries = new DelayQueue<>();
  private volatile boolean running = true;

  BatchesPutBackAtTheHead(Exporter exporter) {
    this.exporter = exporter;
  }

  void flagsABatchPutBackAtTheHeadOfTheDeque() {
    while (!pending.isEmpty()) { // tracelint-expect: RetryWithoutBackoff
      List<String> batch = pending.pollFirst();
      try {
        exporter.export(batch);
      } catch (IOException e) {
        log.warning("export failed, keeping the batch");
        pending.addFirst(batch);
      }
    }
  }

  void flagsABatchOfferedBackFirstToABlockingDeque() throws InterruptedException {
    while (running) { // tracelint-expect: RetryWithoutBackoff
      List<String> batch = inbox.takeFirst();
      try {
        exporter.export(batch);
      } catch (IOException e) {
        inbox.offerFirst(batch);
      }
    }
  }

  void flagsABatchPushedBackOntoTheStackItIsPoppedFrom() {
    List<String> batch;
    while ((batch = pending.poll()) != null) { // tracelint-expect: RetryWithoutBackoff
      try {
        exporter.export(batch);
      } catch (IOException e) {
        log.warning("export failed: " + e.getMessage());
        pending.push(batch);
      }
    }
  }

  void acceptsABatchPutBackBeforeStoppingTheFlush() {
    while (!pending.isEmpty()) {
      List<String> batch = pending.pollFirst();
      try {
        exporter.export(batch);
      } catch (IOException e) {
        pending.addFirst(batch);
        break;
      }
    }
  }

  void acceptsHalfABatchPutBackAtTheHead() {
    while (!pending.isEmpty()) {
      List<String> batch = pending.pollFirst();
      try {
        exporter.export(batch);
      } catch (IOException e) {
        if (batch.size() > 1) {
          pending.addFirst(List.copyOf(batch.subList(batch.size() / 2, batch.size())));
          pending.addFirst(List.copyOf(batch.subList(0, batch.size() / 2)));
        }
      }
    }
  }

  void acceptsABatchPutBackAtTheTailAfterAPause() throws InterruptedException {
    while (running) {
      List<String> batch = inbox.take();
      try {
        exporter.export(batch);
      } catch (IOException e) {
        inbox.offerLast(batch);
        TimeUnit.MILLISECONDS.sleep(500);
      }
    }
  }

  void acceptsABatchPutBackAtTheHeadThenBackedOff() throws InterruptedException {
    while (running) {
      List<String> batch = inbox.takeFirst();
      try {
        exporter.export(batch);
      } catch (IOException e) {
        inbox.putFirst(batch);
        Thread.sleep(1_000L);
      }
    }
  }

  void acceptsABatchHandedToADelayQueue() throws InterruptedException {
    while (running) {
      DelayedBatch batch = retries.take();
      try {
        exporter.export(batch.spans);
      } catch (IOException e) {
        retries.put(new DelayedBatch(batch.spans, 2_000L));
      }
    }
  }

  void acceptsABatchMovedToTheDeadLetters() {
    while (!pending.isEmpty()) {
      List<String> batch = pending.pollFirst();
      try {
        exporter.export(batch);
      } catch (IOException e) {
        deadLetters.offer(batch);
      }
    }
  }

  void acceptsABatchPutBackOnAnotherDequesHead(Deque<List<String>> later) {
    while (!pending.isEmpty()) {
      List<String> batch = pending.pollFirst();
      try {
        exporter.export(batch);
      } catch (IOException e) {
        later.addFirst(batch);
      }
    }
  }
}
