package corpus.blockingingestonrequestpath;

import io.grpc.stub.StreamObserver;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.concurrent.TimeUnit;

/** A gRPC service that answers, then only requests a flush; the server's shutdown waits for the exporter. */
public class RealisticCleanGrpcService {
  public abstract static class ScoringImplBase {
    public void score(String request, StreamObserver<Integer> responseObserver) {
      throw new UnsupportedOperationException();
    }
  }

  public static class ScoringService extends ScoringImplBase {
    private final SdkTracerProvider tracerProvider;

    public ScoringService(SdkTracerProvider tracerProvider) {
      this.tracerProvider = tracerProvider;
    }

    @Override
    public void score(String request, StreamObserver<Integer> responseObserver) {
      try {
        responseObserver.onNext(request.length());
        responseObserver.onCompleted();
      } catch (RuntimeException e) {
        responseObserver.onError(e);
      } finally {
        tracerProvider.forceFlush();
      }
    }

    public void stop() {
      tracerProvider.shutdown().join(10, TimeUnit.SECONDS);
    }

    public void scoreBatch(String request, StreamObserver<Integer> responseObserver) {
      for (String part : request.split(",")) {
        responseObserver.onNext(part.trim().length());
      }
      responseObserver.onCompleted();
    }
  }
}
