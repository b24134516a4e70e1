package corpus.blockingingestonrequestpath;

import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

sealed interface AgentEvent permits ToolCall, ModelReply {}

record ToolCall(String tool) implements AgentEvent {}

record ModelReply(String text) implements AgentEvent {}

/** Records, sealed types, switch expressions, patterns, text blocks, local classes and generic methods. */
@RestController
record Java17Shapes(SdkTracerProvider tracerProvider) {
  @GetMapping("/event")
  String describe(AgentEvent event) {
    String template = """
        event: %s
        """;
    String kind = event instanceof ToolCall call ? call.tool() : "reply";
    int weight = switch (kind) {
      case "search" -> 2;
      default -> {
        if (event instanceof ModelReply reply && reply.text().isEmpty()) {
          tracerProvider.forceFlush().join(1, TimeUnit.SECONDS); // tracelint-expect: BlockingIngestOnRequestPath -- tracerProvider.forceFlush().join() blocks request handler 'describe' until telemetry is sent
        }
        yield 1;
      }
    };
    class Local {
      void close() {
        tracerProvider.close();
      }
    }
    Runnable later = () -> tracerProvider.close();
    return template.formatted(first(List.of(kind))) + weight;
  }

  @GetMapping("/summary")
  String summary() {
    return summarize(); // tracelint-expect: BlockingIngestOnRequestPath -- summarize() reaches tracerProvider.close(), which blocks request handler 'summary' until telemetry is sent
  }

  String summarize() {
    tracerProvider.close();
    return "";
  }

  private static <T> T first(List<T> values) {
    return values.get(0);
  }
}
