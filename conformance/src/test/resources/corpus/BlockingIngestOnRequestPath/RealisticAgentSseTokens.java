package corpus.blockingingestonrequestpath;

import io.opentelemetry.sdk.OpenTelemetrySdk;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;

/** WebFlux endpoints streaming an agent's tokens to the browser as server-sent events. */
@RestController
public class RealisticAgentSseTokens {
  interface StreamingAgent {
    Flux<String> stream(String question);
  }

  private final OpenTelemetrySdk sdk;
  private final StreamingAgent agent;

  RealisticAgentSseTokens(OpenTelemetrySdk sdk, StreamingAgent agent) {
    this.sdk = sdk;
    this.agent = agent;
  }

  /** Once the stream completes, the event loop waits for the exporter before it serves anything else. */
  @GetMapping(path = "/agent/stream", produces = "text/event-stream")
  public Flux<String> stream(@RequestParam String question) {
    return agent.stream(question)
        .timeout(Duration.ofSeconds(60))
        .doOnComplete(() -> sdk.getSdkTracerProvider().forceFlush().join(2, TimeUnit.SECONDS)); // tracelint-expect: BlockingIngestOnRequestPath
  }

  /** An export requested when the stream completes, never waited on. */
  @GetMapping(path = "/agent/stream-export", produces = "text/event-stream")
  public Flux<String> streamAndRequestExport(@RequestParam String question) {
    return agent.stream(question).doOnComplete(() -> sdk.getSdkTracerProvider().forceFlush());
  }

  /** A background copy of the stream, subscribed here and not returned: its callbacks serve no response. */
  @GetMapping(path = "/agent/stream-audited", produces = "text/event-stream")
  public Flux<String> streamAudited(@RequestParam String question) {
    Flux<String> tokens = agent.stream(question).cache();
    tokens.count()
        .doFinally(signal -> sdk.getSdkTracerProvider().forceFlush().join(2, TimeUnit.SECONDS))
        .subscribe();
    return tokens;
  }
}
