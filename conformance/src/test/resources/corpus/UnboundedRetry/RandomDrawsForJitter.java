package corpus.unboundedretry;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Iterator;
import java.util.Random;
import java.util.Scanner;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Loops whose pause is spread by a random draw ({@code ThreadLocalRandom.current().nextLong(250)},
 * {@code random.nextInt(100)}, {@code rng.nextDouble()}): a draw picks a number, it takes no work from a source
 * (docs/rules/UnboundedRetry.md, point 2), so a loop that retries the same call forever with a jittered pause is still
 * flagged. A loop that takes the next item with an intake call ({@code iterator.next()}) or reads the next token of
 * its input ({@code scanner.nextInt()}) is not a retry, with or without a random pause; nor is a jittered loop with an
 * attempt limit.
 */
class RandomDrawsForJitter {
  interface Endpoint {
    String call() throws IOException;
  }

  interface Sink {
    void write(String item) throws IOException;
  }

  private final Random random = new Random();
  private final SecureRandom secureRandom = new SecureRandom();

  String flagsEndlessRetryPausedWithThreadLocalJitter(Endpoint endpoint) throws InterruptedException {
    while (true) { // tracelint-expect: UnboundedRetry -- never gives up
      try {
        return endpoint.call();
      } catch (IOException e) {
        System.err.println("call failed: " + e);
      }
      Thread.sleep(500 + ThreadLocalRandom.current().nextLong(250));
    }
  }

  String flagsEndlessRetryWithJitterDrawnFromAField(Endpoint endpoint) throws InterruptedException {
    for (;;) { // tracelint-expect: UnboundedRetry
      try {
        return endpoint.call();
      } catch (IOException e) {
        System.err.println("call failed: " + e);
      }
      long pause = 200 + random.nextInt(100) + (long) (secureRandom.nextDouble() * 50);
      Thread.sleep(pause);
    }
  }

  String acceptsJitteredRetryWithAnAttemptLimit(Endpoint endpoint) throws IOException, InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        return endpoint.call();
      } catch (IOException e) {
        if (attempt >= 5) {
          throw e;
        }
      }
      Thread.sleep(300 + ThreadLocalRandom.current().nextLong(300));
    }
  }

  void acceptsWorkerTakingTheNextItemWithAJitteredPause(Iterator<String> items, Sink sink)
      throws InterruptedException {
    while (items.hasNext()) {
      String item = items.next();
      try {
        sink.write(item);
      } catch (IOException e) {
        Thread.sleep(100 + ThreadLocalRandom.current().nextInt(50));
      }
    }
  }

  int acceptsPromptReadingTheNextNumberOfItsInput(Scanner input) {
    while (true) {
      try {
        return input.nextInt();
      } catch (java.util.InputMismatchException e) {
        System.out.println("a number, please");
      }
    }
  }
}
