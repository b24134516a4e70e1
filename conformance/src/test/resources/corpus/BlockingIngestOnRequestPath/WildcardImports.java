package corpus.blockingingestonrequestpath;

import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.concurrent.TimeUnit;
import javax.servlet.http.*;
import javax.ws.rs.*;
import zipkin2.reporter.*;

/**
 * Resources and servlets written with on-demand imports, the usual style of older JAX-RS and servlet code: handler
 * annotations, supertypes and catalogued receivers ({@code AsyncReporter}) are recognised by their simple names.
 */
@Path("/legacy")
class WildcardImports {
  private SdkTracerProvider tracerProvider;
  private AsyncReporter<?> spanReporter;

  @GET
  @Path("/status")
  String status() {
    tracerProvider.forceFlush().join(2, TimeUnit.SECONDS); // tracelint-expect: BlockingIngestOnRequestPath -- tracerProvider.forceFlush().join() blocks request handler 'status' until telemetry is sent
    return "ok";
  }

  @POST
  @Path("/spans")
  void flagsFlushOfReporterImportedOnDemand() {
    spanReporter.flush(); // tracelint-expect: BlockingIngestOnRequestPath -- spanReporter.flush() blocks request handler 'flagsFlushOfReporterImportedOnDemand' until telemetry is sent
  }

  String helper() {
    tracerProvider.close();
    return "";
  }
}

class WildcardServlet extends HttpServlet {
  private SdkTracerProvider tracerProvider;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) {
    tracerProvider.close(); // tracelint-expect: BlockingIngestOnRequestPath -- tracerProvider.close() blocks request handler 'doGet' until telemetry is sent
  }

  @Override
  public void init() {
    tracerProvider.forceFlush().join(2, TimeUnit.SECONDS);
  }
}
