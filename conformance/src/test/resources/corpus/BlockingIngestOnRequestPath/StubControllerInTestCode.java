package corpus.blockingingestonrequestpath;

import io.opentelemetry.sdk.trace.SdkTracerProvider;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A file that declares {@code @Test} methods is test code: its stub controller serves no user's request. */
class StubControllerInTestCode {
  @RestController
  static class StubController {
    private SdkTracerProvider provider;

    @GetMapping("/t")
    String acceptsCloseInStubControllerOfTestCode() {
      provider.close();
      return "";
    }
  }

  @Test
  void servesTraces() {}
}
