package corpus.retrywithoutbackoff;

import java.io.IOException;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Timed takes of a blocking deque wait only while it is empty: once the failed item is put back at the end they take
 * from, the next take hands it out at once, so the timeout is no pause between attempts. Put back at the other end,
 * elsewhere, or followed by a real pause, the item is not retried at once.
 */
class TimedTakesOfAnItemPutBack {
  interface Indexer {
    void index(String document) throws IOException;
  }

  private final Indexer indexer;
  private final BlockingDeque<String> documents = new LinkedBlockingDeque<>();
  private final BlockingQueue<String> parked = new LinkedBlockingQueue<>();
  private volatile boolean indexing = true;

  TimedTakesOfAnItemPutBack(Indexer indexer) {
    this.indexer = indexer;
  }

  void flagsATimedTakeFromTheHeadPutBackAtTheHead() throws InterruptedException {
    while (indexing) { // tracelint-expect: RetryWithoutBackoff
      String document = documents.pollFirst(250, TimeUnit.MILLISECONDS);
      if (document == null) {
        continue;
      }
      try {
        indexer.index(document);
      } catch (IOException e) {
        documents.offerFirst(document);
      }
    }
  }

  void flagsATimedTakeFromTheTailPutBackAtTheTail() throws InterruptedException {
    String document;
    while ((document = documents.pollLast(1, TimeUnit.SECONDS)) != null) { // tracelint-expect: RetryWithoutBackoff
      try {
        indexer.index(document);
      } catch (IOException e) {
        documents.addLast(document);
      }
    }
  }

  void acceptsATimedTakePutBackAtTheOtherEnd() throws InterruptedException {
    while (indexing) {
      String document = documents.pollFirst(250, TimeUnit.MILLISECONDS);
      if (document == null) {
        continue;
      }
      try {
        indexer.index(document);
      } catch (IOException e) {
        documents.offerLast(document);
      }
    }
  }

  void acceptsATimedTakePutBackThenPaused() throws InterruptedException {
    while (indexing) {
      String document = documents.pollFirst(250, TimeUnit.MILLISECONDS);
      if (document == null) {
        continue;
      }
      try {
        indexer.index(document);
      } catch (IOException e) {
        documents.offerFirst(document);
        TimeUnit.MILLISECONDS.sleep(750);
      }
    }
  }

  void acceptsATimedTakeParkedElsewhere() throws InterruptedException {
    while (indexing) {
      String document = documents.poll(250, TimeUnit.MILLISECONDS);
      if (document == null) {
        continue;
      }
      try {
        indexer.index(document);
      } catch (IOException e) {
        parked.offer(document);
      }
    }
  }
}
