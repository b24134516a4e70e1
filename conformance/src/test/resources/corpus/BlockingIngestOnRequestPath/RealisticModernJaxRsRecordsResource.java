package corpus.blockingingestonrequestpath;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * A JAX-RS resource (as Quarkus REST or Jersey serve it) that returns records and an Optional-driven response; a
 * response filter tags the span; the export is left to the batch processor, and a nested admin resource flushes.
 */
@Path("/documents")
public class RealisticModernJaxRsRecordsResource {
  record DocumentView(String id, String title, int chunks) {}

  sealed interface Lookup permits Found, Missing {}

  record Found(DocumentView view) implements Lookup {}

  record Missing(String id) implements Lookup {}

  interface Store {
    Optional<DocumentView> find(String id);
  }

  private final Store store;
  private final Tracer tracer;
  private final SdkTracerProvider provider;

  public RealisticModernJaxRsRecordsResource(Store store, Tracer tracer, SdkTracerProvider provider) {
    this.store = store;
    this.tracer = tracer;
    this.provider = provider;
  }

  @GET
  @Path("/{id}")
  public Response get(@PathParam("id") String id) {
    Lookup lookup = store.find(id).<Lookup>map(Found::new).orElseGet(() -> new Missing(id));
    if (lookup instanceof Found found) {
      return Response.ok(found.view()).build();
    }
    return Response.status(Response.Status.NOT_FOUND).entity(((Missing) lookup).id()).build();
  }

  @POST
  @Path("/{id}/reindex")
  public Response reindex(@PathParam("id") String id) {
    Span span = tracer.spanBuilder("reindex").startSpan();
    try {
      return store.find(id).map(v -> Response.accepted().build()).orElse(Response.status(404).build());
    } finally {
      span.end();
      provider.forceFlush();
    }
  }

  @POST
  @Path("/admin/flush")
  public Response flushNow() {
    boolean ok = provider.forceFlush().join(5, java.util.concurrent.TimeUnit.SECONDS).isSuccess(); // tracelint-expect: BlockingIngestOnRequestPath
    return ok ? Response.noContent().build() : Response.serverError().build();
  }

  /** Marks failed responses on the current span; never waits. */
  public static final class ErrorTagFilter implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
      if (response.getStatus() >= 500) {
        Span.current().setStatus(StatusCode.ERROR, "status " + response.getStatus());
      }
    }
  }
}
