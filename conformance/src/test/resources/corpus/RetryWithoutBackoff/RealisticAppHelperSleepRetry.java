package corpus.retrywithoutbackoff;

import java.io.IOException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A guardrail check in front of each model answer, retried through small helpers of the class that pause: a helper
 * named for the pause, one named for what it waits for, and a sleep that swallows interruption properly.
 */
public class RealisticAppHelperSleepRetry {
  private static final Logger log = LoggerFactory.getLogger(RealisticAppHelperSleepRetry.class);
  private static final int ATTEMPTS = 3;

  interface Guardrail {
    boolean allows(String answer) throws IOException;
  }

  private final Guardrail guardrail;

  public RealisticAppHelperSleepRetry(Guardrail guardrail) {
    this.guardrail = guardrail;
  }

  public boolean check(String answer) throws IOException {
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try {
        return guardrail.allows(answer);
      } catch (IOException e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
        log.warn("guardrail unavailable (attempt {})", attempt, e);
        pauseBeforeNextAttempt(attempt);
      }
    }
    return false;
  }

  public boolean checkPolitely(String answer) throws IOException {
    int attempt = 0;
    while (true) {
      try {
        return guardrail.allows(answer);
      } catch (IOException e) {
        if (++attempt >= ATTEMPTS) {
          throw e;
        }
        letTheServiceRecover(attempt);
      }
    }
  }

  private static void pauseBeforeNextAttempt(int attempt) {
    long millis = (100L << attempt) + ThreadLocalRandom.current().nextLong(50);
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void letTheServiceRecover(int attempt) {
    try {
      TimeUnit.MILLISECONDS.sleep(250L * attempt);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
