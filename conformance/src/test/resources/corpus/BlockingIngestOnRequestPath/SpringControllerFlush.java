package corpus.blockingingestonrequestpath;

import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * Spring MVC handlers: a joined flush and a close block; a bare forceFlush() does not. A mapping counts in a
 * {@code @RestController}, a {@code @Controller}, or a type whose stereotype is meta-annotated with one, and a custom
 * mapping annotation meta-annotated with {@code @RequestMapping} counts like the mapping itself.
 */
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

/** A classic MVC controller with a class-level mapping: {@code @Controller} and {@code @RequestMapping} count too. */
@Controller
@RequestMapping("/orders")
class ClassicMvcController {
  private SdkTracerProvider provider;

  @GetMapping
  String flagsJoinedShutdownInController() {
    provider.shutdown().join(1, TimeUnit.SECONDS); // tracelint-expect: BlockingIngestOnRequestPath -- provider.shutdown().join() blocks request handler 'flagsJoinedShutdownInController' until telemetry is sent
    return "orders";
  }

  @RequestMapping("/close")
  String flagsCloseInRequestMappingMethod() {
    provider.close(); // tracelint-expect: BlockingIngestOnRequestPath -- provider.close() blocks request handler 'flagsCloseInRequestMappingMethod' until telemetry is sent
    return "closed";
  }
}

@Retention(RetentionPolicy.RUNTIME)
@RequestMapping(method = RequestMethod.GET)
@interface JsonGet {}

@Retention(RetentionPolicy.RUNTIME)
@RestController
@interface ApiController {}

/** The application's own stereotype and mapping, declared in this file, meta-annotated with Spring's. */
@ApiController
class MetaAnnotatedController {
  private OpenTelemetrySdk sdk;

  @JsonGet
  String flagsCloseUnderCustomMapping() {
    sdk.close(); // tracelint-expect: BlockingIngestOnRequestPath -- sdk.close() blocks request handler 'flagsCloseUnderCustomMapping' until telemetry is sent
    return "up";
  }
}
