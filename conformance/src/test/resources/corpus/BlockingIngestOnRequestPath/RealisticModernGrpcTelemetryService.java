package corpus.blockingingestonrequestpath;

import io.grpc.BindableService;
import io.grpc.ServerServiceDefinition;
import io.grpc.stub.StreamObserver;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A gRPC retrieval service (the generated base class is written out here): handlers answer and let the batch
 * processor export; shutdown waits for the exporter in a lifecycle method; a private overload that shares a
 * handler's name is a helper.
 */
public class RealisticModernGrpcTelemetryService {
  record SearchRequest(String query, int limit) {}

  record SearchReply(List<String> ids) {}

  public abstract static class RetrievalImplBase implements BindableService {
    public void search(SearchRequest request, StreamObserver<SearchReply> responses) {}

    public void reindex(SearchRequest request, StreamObserver<SearchReply> responses) {}

    @Override
    public ServerServiceDefinition bindService() {
      return ServerServiceDefinition.builder("retrieval").build();
    }
  }

  interface Index {
    List<String> search(String query, int limit);
  }

  public static final class RetrievalService extends RetrievalImplBase {
    private final Index index;
    private final SdkTracerProvider provider;
    private final SpanExporter exporter;

    public RetrievalService(Index index, SdkTracerProvider provider, SpanExporter exporter) {
      this.index = index;
      this.provider = provider;
      this.exporter = exporter;
    }

    @Override
    public void search(SearchRequest request, StreamObserver<SearchReply> responses) {
      var ids = index.search(request.query(), Math.max(1, request.limit()));
      responses.onNext(new SearchReply(ids));
      responses.onCompleted();
    }

    @Override
    public void reindex(SearchRequest request, StreamObserver<SearchReply> responses) {
      responses.onNext(new SearchReply(List.of()));
      responses.onCompleted();
      exporter.flush().join(30, TimeUnit.SECONDS); // tracelint-expect: BlockingIngestOnRequestPath
    }

    private void search(String query) {
      provider.forceFlush().join(1, TimeUnit.SECONDS);
    }

    @PreDestroy
    public void shutdown() {
      provider.shutdown().join(10, TimeUnit.SECONDS);
    }
  }
}
