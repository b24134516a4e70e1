package corpus.blockingingestonrequestpath;

import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.concurrent.TimeUnit;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Spring MVC handlers: a joined flush and a close block; a bare forceFlush() does not. */
@RestController
@RequestMapping("/chat")
class SpringControllerFlush {
  private final SdkTracerProvider tracerProvider;

  SpringControllerFlush(SdkTracerProvider tracerProvider) {
    this.tracerProvider = tracerProvider;
  }

  @PostMapping("/ask")
  String ask(String question) {
    String answer = question.trim();
    tracerProvider.forceFlush().join(10, TimeUnit.SECONDS); // tracelint-expect: BlockingIngestOnRequestPath -- tracerProvider.forceFlush().join() blocks request handler 'ask' until telemetry is sent: flush asynchronously or let the batch processor do it; never wait on telemetry while serving a request
    return answer;
  }

  @PostMapping("/ask-multiline")
  String askMultiline(String question) {
    tracerProvider
        .forceFlush()
        .join(10, TimeUnit.SECONDS); // tracelint-expect: BlockingIngestOnRequestPath -- tracerProvider.forceFlush().join() blocks request handler 'askMultiline' until telemetry is sent
    return question;
  }

  @GetMapping("/reset")
  String reset() {
    tracerProvider.close(); // tracelint-expect: BlockingIngestOnRequestPath -- tracerProvider.close() blocks request handler 'reset' until telemetry is sent
    return "reset";
  }

  @GetMapping("/nudge")
  String nudge() {
    tracerProvider.forceFlush();
    tracerProvider.shutdown().whenComplete(() -> {});
    return "nudged";
  }

  String notAHandler() {
    tracerProvider.forceFlush().join(10, TimeUnit.SECONDS);
    return "";
  }
}
