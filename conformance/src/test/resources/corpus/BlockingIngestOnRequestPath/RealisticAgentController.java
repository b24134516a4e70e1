package corpus.blockingingestonrequestpath;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.concurrent.TimeUnit;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An agent API; its admin endpoint "makes sure" the traces are out. */
@RestController
@RequestMapping("/agent")
public class RealisticAgentController {
  interface Agent {
    String run(String goal);
  }

  private final Tracer tracer;
  private final SdkTracerProvider tracerProvider;
  private final Agent agent;

  RealisticAgentController(Tracer tracer, SdkTracerProvider tracerProvider, Agent agent) {
    this.tracer = tracer;
    this.tracerProvider = tracerProvider;
    this.agent = agent;
  }

  @PostMapping("/run")
  public ResponseEntity<String> run(@RequestBody String goal) {
    Span span = tracer.spanBuilder("agent.run").startSpan();
    try (Scope scope = span.makeCurrent()) {
      return ResponseEntity.ok(agent.run(goal));
    } finally {
      span.end();
      tracerProvider.forceFlush();
    }
  }

  @PostMapping("/run-and-trace")
  public ResponseEntity<String> runAndTrace(@RequestBody String goal) {
    Span span = tracer.spanBuilder("agent.run").setAttribute("debug", true).startSpan();
    String answer;
    try (Scope scope = span.makeCurrent()) {
      answer = agent.run(goal);
    } finally {
      span.end();
    }
    tracerProvider.forceFlush().join(10, TimeUnit.SECONDS); // tracelint-expect: BlockingIngestOnRequestPath
    return ResponseEntity.ok(answer);
  }

  @PostMapping("/flush")
  public ResponseEntity<Void> flush() {
    tracerProvider.forceFlush().whenComplete(() -> { });
    return ResponseEntity.accepted().build();
  }
}
