package corpus.unclosedtrace;

import io.grpc.stub.StreamObserver;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.util.concurrent.CompletableFuture;

/**
 * A gRPC tool service: the unary call ends its span in finally, the asynchronous call ends it in whenComplete, and
 * the streaming request observer is an anonymous class that ends the span in onCompleted and onError.
 */
public class RealisticModernGrpcToolService {
  record ToolRequest(String name, String input) {}

  record ToolReply(String output) {}

  interface Tools {
    String run(String name, String input);

    CompletableFuture<String> runAsync(String name, String input);
  }

  private final Tracer tracer;
  private final Tools tools;

  public RealisticModernGrpcToolService(Tracer tracer, Tools tools) {
    this.tracer = tracer;
    this.tools = tools;
  }

  public void call(ToolRequest request, StreamObserver<ToolReply> responses) {
    Span span = tracer.spanBuilder("grpc.tool/" + request.name()).startSpan();
    try (Scope scope = span.makeCurrent()) {
      responses.onNext(new ToolReply(tools.run(request.name(), request.input())));
      responses.onCompleted();
    } catch (RuntimeException e) {
      span.setStatus(StatusCode.ERROR);
      responses.onError(e);
    } finally {
      span.end();
    }
  }

  public void callAsync(ToolRequest request, StreamObserver<ToolReply> responses) {
    Span span = tracer.spanBuilder("grpc.tool.async").startSpan();
    tools
        .runAsync(request.name(), request.input())
        .whenComplete(
            (output, error) -> {
              if (error != null) {
                span.recordException(error);
                responses.onError(error);
              } else {
                responses.onNext(new ToolReply(output));
                responses.onCompleted();
              }
              span.end();
            });
  }

  public StreamObserver<ToolRequest> stream(StreamObserver<ToolReply> responses) {
    return new StreamObserver<>() {
      private final Span span = tracer.spanBuilder("grpc.tool.stream").startSpan();

      @Override
      public void onNext(ToolRequest request) {
        responses.onNext(new ToolReply(tools.run(request.name(), request.input())));
      }

      @Override
      public void onError(Throwable t) {
        span.recordException(t);
        span.end();
      }

      @Override
      public void onCompleted() {
        span.end();
        responses.onCompleted();
      }
    };
  }
}
