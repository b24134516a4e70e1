package corpus.blockingingestonrequestpath;

import io.grpc.BindableService;
import io.grpc.ServerServiceDefinition;
import io.grpc.stub.StreamObserver;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SpanProcessor;
import java.util.concurrent.TimeUnit;

/** What protoc generates for a tool-execution service. */
final class ToolServiceGrpc {
  private ToolServiceGrpc() {}

  public abstract static class ToolServiceImplBase implements BindableService {
    public void execute(String request, StreamObserver<String> responseObserver) {}

    public void executeBatch(String request, StreamObserver<String> responseObserver) {}

    @Override
    public ServerServiceDefinition bindService() {
      return null;
    }
  }
}

/** A gRPC server executing agent tools remotely; spans go through a batch span processor. */
public class RealisticAgentGrpcToolServer extends ToolServiceGrpc.ToolServiceImplBase {
  interface ToolRunner {
    String run(String request);
  }

  private final SpanProcessor spanProcessor;
  private final ToolRunner runner;

  RealisticAgentGrpcToolServer(SpanProcessor spanProcessor, ToolRunner runner) {
    this.spanProcessor = spanProcessor;
    this.runner = runner;
  }

  @Override
  public void execute(String request, StreamObserver<String> responseObserver) {
    responseObserver.onNext(runner.run(request));
    responseObserver.onCompleted();
    CompletableResultCode flushed = spanProcessor.forceFlush();
    flushed.join(1, TimeUnit.SECONDS); // tracelint-expect: BlockingIngestOnRequestPath
  }

  @Override
  public void executeBatch(String request, StreamObserver<String> responseObserver) {
    for (String part : request.split(";")) {
      responseObserver.onNext(runner.run(part));
    }
    responseObserver.onCompleted();
    CompletableResultCode flushed = spanProcessor.forceFlush();
    flushed.whenComplete(() -> {
      if (!flushed.isSuccess()) {
        responseObserver.onError(new IllegalStateException("export failed"));
      }
    });
  }

  /** Not a service method: the server's own shutdown path. */
  public void shutdown() {
    spanProcessor.shutdown().join(10, TimeUnit.SECONDS);
  }
}
