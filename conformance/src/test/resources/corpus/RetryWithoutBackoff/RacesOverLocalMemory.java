package corpus.retrywithoutbackoff;

import java.io.IOException;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Loops that lose a race with another thread of the process over its own memory and go round at once
 * (docs/rules/RetryWithoutBackoff.md, failures a retry may follow at once): a counter array resized meanwhile
 * ({@code IndexOutOfBoundsException}), a selection key this process cancelled but the selector has not dropped yet
 * ({@code CancelledKeyException}). Nothing remote failed, and no peer needs a pause. A loop that also goes round on
 * an I/O failure sends to a peer again at once, and is reported.
 */
class RacesOverLocalMemory {
  private volatile AtomicLongArray counts = new AtomicLongArray(64);

  interface Sink {
    void write(long[] snapshot) throws IOException;
  }

  void acceptsARecordRetriedAfterAConcurrentResize(int bucket) {
    int races = 0;
    while (true) {
      if (bucket >= counts.length()) {
        grow(bucket + 1);
      }
      try {
        counts.incrementAndGet(bucket);
        return;
      } catch (IndexOutOfBoundsException e) {
        if (++races > 64) {
          throw e;
        }
      }
    }
  }

  SelectionKey acceptsARegistrationRetriedAfterFlushingCancelledKeys(SelectableChannel channel, Selector selector)
      throws IOException {
    boolean flushed = false;
    for (;;) {
      try {
        return channel.register(selector, 0);
      } catch (CancelledKeyException e) {
        if (flushed) {
          throw e;
        }
        selector.selectNow();
        flushed = true;
      }
    }
  }

  void flagsAnExportThatAlsoGoesRoundOnAnIoFailure(Sink sink) {
    for (int attempt = 0; attempt < 3; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        sink.write(snapshot());
        return;
      } catch (IndexOutOfBoundsException | IOException e) {
        System.err.println("export failed: " + e.getMessage());
      }
    }
  }

  private long[] snapshot() {
    long[] snapshot = new long[counts.length()];
    for (int i = 0; i < snapshot.length; i++) {
      snapshot[i] = counts.get(i);
    }
    return snapshot;
  }

  private synchronized void grow(int length) {
    AtomicLongArray bigger = new AtomicLongArray(Math.max(length, counts.length() * 2));
    for (int i = 0; i < counts.length(); i++) {
      bigger.set(i, counts.get(i));
    }
    counts = bigger;
  }
}
