package corpus.blockingingestonrequestpath;

import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.concurrent.TimeUnit;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** An internal endpoint that flushes on purpose, suppressed in both engines; a non-controller is never a handler. */
@RestController
class SuppressedAdminFlush {
  private SdkTracerProvider tracerProvider;

  @SuppressWarnings("BlockingIngestOnRequestPath")
  @PostMapping("/internal/flush")
  String flush() {
    tracerProvider.forceFlush().join(30, TimeUnit.SECONDS);
    return "flushed";
  }
}

class NotAControllerWithMapping {
  private SdkTracerProvider tracerProvider;

  @PostMapping("/looks-like-a-handler")
  String looksLikeAHandler() {
    tracerProvider.close();
    return "";
  }
}
