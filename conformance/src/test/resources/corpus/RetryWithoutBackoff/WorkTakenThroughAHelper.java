package corpus.retrywithoutbackoff;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.BlockingQueue;

/**
 * Loops that take work through a same-class helper (docs/rules/UnboundedRetry.md, point 2): the helper begins by
 * taking the next task, export batch or span, itself or through another helper, so a failure of one item is followed
 * by the next item, as in a loop that calls {@code take()} itself. A helper that sends a request before it reads the
 * answer, one that may be overridden, and a producer given the record to send still make the loop a retry.
 */
class WorkTakenThroughAHelper {
  interface TaskSource {
    Runnable produce();
  }

  interface Exporter {
    void export(String batch) throws IOException;
  }

  interface Broker {
    void produce(String record) throws IOException;
  }

  private final TaskSource source;
  private final BlockingQueue<String> batches;
  private final Deque<String> pendingSpans = new ArrayDeque<>();
  private final Object lock = new Object();
  private final Exporter exporter;
  private final Broker broker;
  private final PrintWriter out;
  private final BufferedReader in;
  private volatile boolean stopped;

  WorkTakenThroughAHelper(TaskSource source, BlockingQueue<String> batches, Exporter exporter, Broker broker,
      PrintWriter out, BufferedReader in) {
    this.source = source;
    this.batches = batches;
    this.exporter = exporter;
    this.broker = broker;
    this.out = out;
    this.in = in;
  }

  private boolean isRunning() {
    return !stopped;
  }

  void acceptsTaskLoopThroughTwoHelpers() {
    while (isRunning()) {
      try {
        if (runOneTask()) {
          continue;
        }
        return;
      } catch (RuntimeException e) {
        System.err.println("task failed: " + e);
      }
    }
  }

  private boolean runOneTask() {
    Runnable task = nextTask();
    if (task == null) {
      return false;
    }
    task.run();
    return true;
  }

  private Runnable nextTask() {
    try {
      return source.produce();
    } catch (RuntimeException e) {
      System.err.println("no task: " + e);
      return null;
    }
  }

  void acceptsExportLoopWhoseHelperTakesTheNextBatch() {
    while (true) {
      try {
        if (!exportNextBatch()) {
          return;
        }
      } catch (IOException e) {
        System.err.println("batch dropped: " + e.getMessage());
      }
    }
  }

  private boolean exportNextBatch() throws IOException {
    String batch = batches.poll();
    if (batch == null) {
      return false;
    }
    exporter.export(batch);
    return true;
  }

  void acceptsFlushLoopWhoseHelperTakesUnderALock() {
    while (!stopped) {
      try {
        flushOldestSpan();
        return;
      } catch (IOException e) {
        System.err.println("span dropped: " + e.getMessage());
      }
    }
  }

  private void flushOldestSpan() throws IOException {
    synchronized (lock) {
      String span = pendingSpans.pollFirst();
      if (span != null) {
        exporter.export(span);
      }
    }
  }

  String flagsRetryOfAHelperThatAsksBeforeItReads(String question) {
    for (int attempt = 0; attempt < 3; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        return ask(question);
      } catch (IOException e) {
        System.err.println("ask failed: " + e.getMessage());
      }
    }
    return null;
  }

  private String ask(String question) throws IOException {
    out.println(question);
    return in.readLine();
  }

  void flagsRetryOfAHelperThatSubclassesMayReplace() {
    for (int attempt = 0; attempt < 3; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        exportPending();
        return;
      } catch (IOException e) {
        System.err.println("export failed: " + e.getMessage());
      }
    }
  }

  protected void exportPending() throws IOException {
    String batch = batches.poll();
    exporter.export(batch == null ? "" : batch);
  }

  void flagsRetryOfARecordGivenToTheProducer(String record) {
    for (int attempt = 0; attempt < 3; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        publish(record);
        return;
      } catch (IOException e) {
        System.err.println("publish failed: " + e.getMessage());
      }
    }
  }

  private void publish(String record) throws IOException {
    broker.produce(record);
  }
}
