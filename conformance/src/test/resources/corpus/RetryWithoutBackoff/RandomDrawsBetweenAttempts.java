package corpus.retrywithoutbackoff;

import java.io.IOException;
import java.util.Iterator;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Retry loops that draw a random number on every attempt (docs/rules/UnboundedRetry.md, point 2, and
 * docs/rules/RetryWithoutBackoff.md): a draw ({@code random.nextLong()}, {@code ThreadLocalRandom.current().nextInt(n)})
 * takes no work from a source, so a loop that sends the same request again at once, tagging each attempt with a
 * fresh random id, still retries without a pause. A draw that spreads a pause between attempts
 * ({@code Thread.sleep(base + ThreadLocalRandom.current().nextLong(base))}) is the backoff, and a loop that takes the
 * next item ({@code it.next()}) moves on instead of retrying.
 */
class RandomDrawsBetweenAttempts {
  interface Gateway {
    String send(String requestId, String body) throws IOException;
  }

  private final Random random = new Random();

  String flagsImmediateRetryTaggedWithARandomId(Gateway gateway, String body) throws IOException {
    IOException last = null;
    for (int attempt = 0; attempt < 3; attempt++) { // tracelint-expect: RetryWithoutBackoff -- tries again immediately
      String requestId = Long.toHexString(random.nextLong());
      try {
        return gateway.send(requestId, body);
      } catch (IOException e) {
        last = e;
      }
    }
    throw last;
  }

  String acceptsRetryPausedByAJitteredSleep(Gateway gateway, String body) throws IOException, InterruptedException {
    IOException last = null;
    for (int attempt = 0; attempt < 3; attempt++) {
      String requestId = Integer.toHexString(ThreadLocalRandom.current().nextInt());
      try {
        return gateway.send(requestId, body);
      } catch (IOException e) {
        last = e;
        Thread.sleep((100L << attempt) + ThreadLocalRandom.current().nextLong(100));
      }
    }
    throw last;
  }

  void acceptsSenderMovingOnToTheNextBody(Gateway gateway, Iterator<String> bodies) {
    while (bodies.hasNext()) {
      String body = bodies.next();
      try {
        gateway.send(Long.toHexString(random.nextLong()), body);
      } catch (IOException e) {
        System.err.println("dropped one body: " + e);
      }
    }
  }
}
