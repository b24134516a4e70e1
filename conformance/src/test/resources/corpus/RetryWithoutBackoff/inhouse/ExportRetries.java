package corpus.retrywithoutbackoff.inhouse;

import corpus.retrywithoutbackoff.inhouse.sdk.Cadence;
import corpus.retrywithoutbackoff.inhouse.sdk.CollectorClient;
import java.io.IOException;

/**
 * Span export retries of an agent that paces them with its in-house {@link Cadence}. The waits are known only through
 * the BackoffMethods option; beside each one, a loop that calls a method of the same helper that does not wait.
 */
class ExportRetries {
  private final Cadence cadence = new Cadence(200);
  private final CollectorClient client = new CollectorClient();

  void acceptsALoopHeldByTheConfiguredPacer(String batch) {
    for (int attempt = 0; attempt < 5; attempt++) {
      try {
        client.send(batch);
        return;
      } catch (IOException e) {
        cadence.hold(attempt);
      }
    }
  }

  void flagsALoopThatOnlyNotesTheAttempt(String batch) {
    for (int attempt = 0; attempt < 5; attempt++) { // tracelint-expect: RetryWithoutBackoff -- tries again immediately
      try {
        client.send(batch);
        return;
      } catch (IOException e) {
        cadence.note(attempt);
      }
    }
  }

  void acceptsALoopPassingTheNestedGate(String batch) {
    Cadence.Gate gate = cadence.gate("export");
    int attempts = 0;
    while (attempts++ < 4) {
      gate.pass();
      try {
        client.send(batch);
        return;
      } catch (IOException e) {
        // the gate spaces the next attempt
      }
    }
  }

  void flagsALoopThatOnlyTriesTheGate(String batch) {
    Cadence.Gate gate = cadence.gate("export");
    int attempts = 0;
    while (attempts++ < 4) { // tracelint-expect: RetryWithoutBackoff -- tries again immediately
      if (!gate.tryPass()) {
        continue;
      }
      try {
        client.send(batch);
        return;
      } catch (IOException e) {
        // try again
      }
    }
  }

  void acceptsASelfPacedClientCall(String batch) {
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        client.sendPaced(batch);
        return;
      } catch (IOException e) {
        // sendPaced already backed off before it gave up
      }
    }
  }

  void flagsTheUnpacedCallOfTheSameClient(String batch) {
    for (int attempt = 0; attempt < 3; attempt++) { // tracelint-expect: RetryWithoutBackoff -- tries again immediately
      try {
        client.send(batch);
        return;
      } catch (IOException e) {
        // try again
      }
    }
  }
}
