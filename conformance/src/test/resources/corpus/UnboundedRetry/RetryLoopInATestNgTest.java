package corpus.unboundedretry;

import java.io.IOException;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;

/**
 * Test code (TestNG test and lifecycle methods): a test that polls a local server until it answers is bounded by the
 * test runner's timeout. Silent by default, reported with {@code IncludeTestCode=true}.
 */
public class RetryLoopInATestNgTest {
  private int port;

  @BeforeMethod
  public void startServer() {
    port = 8080;
  }

  @Test
  public void acceptsPollingUntilTheServerAnswersInATest() {
    while (true) { // tracelint-expect-in-test-code: UnboundedRetry, RetryWithoutBackoff
      try {
        ping(port);
        return;
      } catch (IOException e) {
        System.err.println("not up yet");
      }
    }
  }

  private void ping(int port) throws IOException {}
}
