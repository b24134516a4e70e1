package corpus.blockingingestonrequestpath;

import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test code (a JUnit 5 lifecycle method in the file): the stub controller flushes so that the test can assert on the
 * exported spans; it serves no user. Silent by default, reported with {@code IncludeTestCode=true}.
 */
class StubControllerFlushInATest {
  private static SdkTracerProvider provider;

  @RestController
  static class RecordingController {
    @PostMapping("/record")
    String acceptsFlushInAStubControllerOfATest(String body) {
      provider.forceFlush().join(5, TimeUnit.SECONDS); // tracelint-expect-in-test-code: BlockingIngestOnRequestPath
      return body;
    }
  }

  @AfterAll
  static void closeProvider() {
    provider.close();
  }
}
