package corpus.retrywithoutbackoff.inhouse;

import corpus.retrywithoutbackoff.inhouse.sdk.Cadence;
import corpus.retrywithoutbackoff.inhouse.sdk.CollectorClient;
import java.io.IOException;

/**
 * Recursive retries of a trace upload, and a same-file helper that holds through the configured pacer (the helper's
 * own body waits, one level deep, so a loop calling it waits).
 */
class RecursiveUpload {
  private final Cadence cadence = new Cadence(500);
  private final CollectorClient client = new CollectorClient();

  void acceptsRecursionAfterTheConfiguredHold(String batch, int attemptsLeft) throws IOException {
    try {
      client.send(batch);
    } catch (IOException e) {
      if (attemptsLeft <= 0) {
        throw e;
      }
      cadence.hold(3 - attemptsLeft);
      acceptsRecursionAfterTheConfiguredHold(batch, attemptsLeft - 1);
    }
  }

  void flagsRecursionAfterOnlyNotingTheAttempt(String batch, int attemptsLeft) throws IOException {
    try {
      client.send(batch);
    } catch (IOException e) {
      if (attemptsLeft <= 0) {
        throw e;
      }
      cadence.note(3 - attemptsLeft);
      flagsRecursionAfterOnlyNotingTheAttempt(batch, attemptsLeft - 1); // tracelint-expect: RetryWithoutBackoff
    }
  }

  private void settle(int attempt) {
    cadence.hold(attempt);
  }

  void acceptsALoopCallingASameFileHelperThatHolds(String batch) {
    for (int attempt = 0; attempt < 4; attempt++) {
      try {
        client.send(batch);
        return;
      } catch (IOException e) {
        settle(attempt);
      }
    }
  }
}
