package corpus.retrywithoutbackoff;

import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Test code (a JUnit 5 parameterized test): three immediate attempts against a local fake are fine in a test.
 * Silent by default, reported with {@code IncludeTestCode=true}.
 */
class RetryInAParameterizedTest {

  @ParameterizedTest
  @ValueSource(strings = {"a", "b"})
  void acceptsImmediateRetriesAgainstAFake(String batch) {
    for (int attempt = 0; attempt < 3; attempt++) { // tracelint-expect-in-test-code: RetryWithoutBackoff -- tries again immediately
      try {
        send(batch);
        return;
      } catch (IOException e) {
        System.err.println("retrying " + attempt);
      }
    }
  }

  private void send(String batch) throws IOException {}
}
