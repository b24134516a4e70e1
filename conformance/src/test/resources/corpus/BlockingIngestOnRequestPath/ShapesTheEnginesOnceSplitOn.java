package corpus.blockingingestonrequestpath;

import io.grpc.BindableService;
import io.grpc.ServerServiceDefinition;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.sentry.Sentry;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Shapes on which Error Prone and PMD once gave different verdicts, before one procedure decided for both: a lambda
 * passed to forEach runs in place even in parentheses (Error Prone skipped it), a {@code @SuppressWarnings} on the
 * local that holds a wait silences it (Error Prone reported it), a mapping counts on any method a handler overrides
 * (PMD looked at the first one it found), and a gRPC service method takes exactly the generated observer type (PMD
 * took an overload with a subtype for one).
 */
@RestController
class ShapesTheEnginesOnceSplitOn {
  private List<SdkTracerProvider> tenantProviders;
  private SdkTracerProvider provider;
  private ExecutorService executor;

  @PostMapping("/tenants/flush")
  String flushTenants() {
    tenantProviders.forEach((tenant -> tenant.forceFlush().join(1, TimeUnit.SECONDS))); // tracelint-expect: BlockingIngestOnRequestPath -- tenant.forceFlush().join() blocks request handler 'flushTenants' until telemetry is sent
    executor.execute((() -> provider.close()));
    return "flushed";
  }

  @PostMapping("/trace/flush")
  String flushTrace() {
    @SuppressWarnings("BlockingIngestOnRequestPath") // an internal endpoint that exists to flush
    boolean ok = provider.forceFlush().join(5, TimeUnit.SECONDS).isSuccess();
    boolean again = provider.forceFlush().join(5, TimeUnit.SECONDS).isSuccess(); // tracelint-expect: BlockingIngestOnRequestPath -- provider.forceFlush().join() blocks request handler 'flushTrace' until telemetry is sent
    return ok && again ? "flushed" : "failed";
  }
}

interface AgentListingContract {
  String listAgents();
}

interface AgentListingApi {
  @GetMapping("/agents")
  String listAgents();
}

/** The mapping is on the second interface's method: every overridden method counts, not only the first found. */
@RestController
class AgentListingController implements AgentListingContract, AgentListingApi {
  @Override
  public String listAgents() {
    Sentry.flush(1000); // tracelint-expect: BlockingIngestOnRequestPath -- Sentry.flush() blocks request handler 'listAgents' until telemetry is sent
    return "[]";
  }
}

/** Not a controller: an inherited Spring mapping needs a controller type. */
class AgentListingWithoutController implements AgentListingContract, AgentListingApi {
  @Override
  public String listAgents() {
    Sentry.flush(1000);
    return "[]";
  }
}

abstract class AbstractAgentStatusResource {
  public abstract String status();
}

interface AgentStatusApi {
  @GetMapping("/status")
  String status();
}

interface AgentStatusContract {
  String status();
}

/** The mapping is on the interface's method, behind an abstract superclass method that has none. */
@RestController
class AgentStatusController extends AbstractAgentStatusResource implements AgentStatusApi {
  private SdkTracerProvider provider;

  @Override
  public String status() {
    provider.close(); // tracelint-expect: BlockingIngestOnRequestPath -- provider.close() blocks request handler 'status' until telemetry is sent
    return "up";
  }
}

/** No method it overrides carries a mapping: not a handler. */
@RestController
class AgentStatusWithoutMapping extends AbstractAgentStatusResource implements AgentStatusContract {
  private SdkTracerProvider provider;

  @Override
  public String status() {
    provider.close();
    return "up";
  }
}

/** What protoc generates for a service. */
final class AuditGrpc {
  private AuditGrpc() {}

  public abstract static class AuditImplBase implements BindableService {
    public void record(String request, StreamObserver<String> responseObserver) {}

    @Override
    public ServerServiceDefinition bindService() {
      return null;
    }
  }
}

/**
 * gRPC calls the generated signature, which takes exactly a StreamObserver: an overload taking a subtype of it serves
 * no request.
 */
class AuditService extends AuditGrpc.AuditImplBase {
  private SpanExporter exporter;
  private List<SpanData> finished;

  @Override
  public void record(String request, StreamObserver<String> responseObserver) {
    exporter.export(finished).join(5, TimeUnit.SECONDS); // tracelint-expect: BlockingIngestOnRequestPath -- exporter.export().join() blocks request handler 'record' until telemetry is sent
    responseObserver.onCompleted();
  }

  public void record(String request, ServerCallStreamObserver<String> responseObserver) {
    exporter.export(finished).join(5, TimeUnit.SECONDS);
  }
}
