package corpus.retrywithoutbackoff.inhouse;

import corpus.retrywithoutbackoff.inhouse.sdk.CollectorClient;
import corpus.retrywithoutbackoff.inhouse.sdk.JitterPacing;
import corpus.retrywithoutbackoff.inhouse.sdk.Pacing;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * Retries paced through an in-house interface whose method the BackoffMethods option names ({@code Pacing#settle}),
 * called through the interface and through the SDK's implementation, which overrides it; beside them, a loop that
 * only describes the pacing.
 */
class PacedByAnImplementation {
  private static final Logger LOG = Logger.getLogger(PacedByAnImplementation.class.getName());

  private final CollectorClient client = new CollectorClient();
  private final Pacing pacing = new JitterPacing(100);
  private final JitterPacing jitter = new JitterPacing(250);

  void acceptsSettlingThroughTheInterface(String batch) {
    for (int attempt = 0; attempt < 4; attempt++) {
      try {
        client.send(batch);
        return;
      } catch (IOException e) {
        pacing.settle(attempt);
      }
    }
  }

  /** Without types, JitterPacing is not known to implement Pacing (another file): a documented over-report. */
  void acceptsSettlingThroughTheImplementation(String batch) {
    for (int attempt = 0; attempt < 4; attempt++) { // tracelint-expect-without-types: RetryWithoutBackoff
      try {
        client.send(batch);
        return;
      } catch (IOException e) {
        jitter.settle(attempt);
      }
    }
  }

  void flagsALoopThatOnlyDescribesThePacing(String batch) {
    for (int attempt = 0; attempt < 4; attempt++) { // tracelint-expect: RetryWithoutBackoff -- tries again immediately
      try {
        client.send(batch);
        return;
      } catch (IOException e) {
        LOG.warning("export failed, pacing " + jitter.describe());
      }
    }
  }
}
