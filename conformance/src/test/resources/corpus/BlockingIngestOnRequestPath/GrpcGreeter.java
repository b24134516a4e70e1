package corpus.blockingingestonrequestpath;

import io.grpc.BindableService;
import io.grpc.ServerServiceDefinition;
import io.grpc.stub.StreamObserver;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** What protoc generates for a service: an abstract base implementing BindableService. */
final class AgentGrpc {
  private AgentGrpc() {}

  public abstract static class AgentImplBase implements BindableService {
    public void run(String request, StreamObserver<String> responseObserver) {}

    @Override
    public ServerServiceDefinition bindService() {
      return null;
    }
  }
}

/** A gRPC service method waits on a synchronous export; a method without a StreamObserver is no service method. */
class GrpcGreeter extends AgentGrpc.AgentImplBase {
  private SpanExporter exporter;
  private List<SpanData> finished;

  @Override
  public void run(String request, StreamObserver<String> responseObserver) {
    exporter.export(finished).join(5, TimeUnit.SECONDS); // tracelint-expect: BlockingIngestOnRequestPath -- exporter.export().join() blocks request handler 'run' until telemetry is sent
    responseObserver.onNext(request);
    responseObserver.onCompleted();
  }

  public void exportForTests(String request) {
    exporter.export(finished).join(5, TimeUnit.SECONDS);
  }
}
