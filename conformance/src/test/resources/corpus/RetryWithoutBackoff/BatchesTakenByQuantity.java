package corpus.retrywithoutbackoff;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * Loops that take the next batch of a source each turn, by a call named for what it takes and given only how many or
 * how long ({@code processQueue.takeMessages(batchSize)}, {@code source.pollRecords(MAX_RECORDS, timeout)}: point 2 of
 * docs/rules/UnboundedRetry.md). After a failure the next turn takes the next batch: a consuming loop, not a retry. A
 * call of such a name given what it takes ({@code takeSnapshot(volumeId)}, {@code pollStatus(jobId)}) asks for that
 * thing again: still a retry.
 */
class BatchesTakenByQuantity {
  private static final int MAX_RECORDS = 100;

  interface ProcessQueue {
    boolean isDropped();

    List<String> takeMessages(int batchSize);
  }

  interface Listener {
    boolean consume(List<String> batch);
  }

  interface Source {
    List<String> pollRecords(int maxRecords, Duration timeout) throws IOException;

    String takeSnapshot(String volumeId) throws IOException;

    String pollStatus(String jobId) throws IOException;
  }

  private final ProcessQueue processQueue;
  private final Listener listener;
  private final Source source;
  private int failures;

  BatchesTakenByQuantity(ProcessQueue processQueue, Listener listener, Source source) {
    this.processQueue = processQueue;
    this.listener = listener;
    this.source = source;
  }

  boolean settle(List<String> batch, boolean consumed) {
    return consumed && !batch.isEmpty();
  }

  void acceptsAnOrderlyConsumeLoopThatTakesTheNextBatch(int consumeBatchSize) {
    for (boolean continueConsume = true; continueConsume; ) {
      List<String> batch = processQueue.takeMessages(consumeBatchSize);
      if (!batch.isEmpty()) {
        boolean consumed = false;
        try {
          if (processQueue.isDropped()) {
            break;
          }
          consumed = listener.consume(batch);
        } catch (RuntimeException e) {
          failures++;
        }
        continueConsume = settle(batch, consumed);
      } else {
        continueConsume = false;
      }
    }
  }

  void acceptsAPollLoopGivenACountAndATimeout() {
    while (true) {
      try {
        List<String> records = source.pollRecords(MAX_RECORDS, Duration.ofSeconds(5));
        if (listener.consume(records)) {
          return;
        }
      } catch (IOException e) {
        failures++;
      }
    }
  }

  void acceptsATakeGivenALiteralCount() {
    while (true) {
      try {
        if (listener.consume(processQueue.takeMessages(32))) {
          return;
        }
      } catch (RuntimeException e) {
        failures++;
      }
    }
  }

  String flagsATakeOfTheItemItNames(String volumeId) {
    while (true) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      try {
        return source.takeSnapshot(volumeId);
      } catch (IOException e) {
        failures++;
      }
    }
  }

  String flagsAPollOfAStatusById(String jobId) throws IOException {
    for (int attempt = 0; attempt < 3; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        return source.pollStatus(jobId);
      } catch (IOException e) {
        failures++;
      }
    }
    throw new IOException("no status for " + jobId);
  }
}
