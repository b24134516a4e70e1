package corpus.blockingingestonrequestpath;

import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.sentry.Sentry;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** A JAX-RS resource: errors go to Sentry's async transport; an admin flush runs on a background executor. */
@Path("/documents")
public class RealisticCleanJaxRsResource {
  interface Store {
    String load(String id);
  }

  private final Store store;
  private final SdkTracerProvider tracerProvider;
  private final ExecutorService background = Executors.newSingleThreadExecutor();

  public RealisticCleanJaxRsResource(Store store, SdkTracerProvider tracerProvider) {
    this.store = store;
    this.tracerProvider = tracerProvider;
  }

  @GET
  @Path("/{id}")
  public Response get(@PathParam("id") String id) {
    try {
      return Response.ok(store.load(id)).build();
    } catch (RuntimeException e) {
      Sentry.captureException(e);
      return Response.serverError().build();
    }
  }

  @POST
  @Path("/admin/flush")
  public Response flush() {
    background.submit(() -> tracerProvider.forceFlush().join(30, TimeUnit.SECONDS));
    return Response.accepted().build();
  }
}
