package corpus.retrywithoutbackoff;

import corpus.retrywithoutbackoff.sdk.Pacer;
import java.io.IOException;

/**
 * An in-house pacing call that the catalogue does not know and whose name says nothing about waiting: with the sample
 * app's options (no {@code BackoffMethods}) it is no wait, in every engine, whether or not its type resolves.
 */
class InHouseSdk {
  private final Pacer pacer = new Pacer();

  void post(String batch) throws IOException {}

  void flagsUnknownInHousePacer(String batch) {
    for (int attempt = 0; attempt < 5; attempt++) { // tracelint-expect: RetryWithoutBackoff -- tries again immediately
      try {
        post(batch);
        return;
      } catch (IOException e) {
        pacer.hold(attempt);
      }
    }
  }
}
