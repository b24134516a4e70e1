package corpus.blockingingestonrequestpath;

import io.sentry.Sentry;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** A JAX-RS ingestion endpoint that reports failures to Sentry. */
@Path("/ingest")
public class RealisticJaxRsSentryResource {
  interface DocumentIndexer {
    int index(String payload);
  }

  private final DocumentIndexer indexer;

  RealisticJaxRsSentryResource(DocumentIndexer indexer) {
    this.indexer = indexer;
  }

  @POST
  public Response ingest(String payload) {
    try {
      return Response.ok(indexer.index(payload)).build();
    } catch (RuntimeException e) {
      Sentry.captureException(e);
      return Response.serverError().build();
    }
  }

  @POST
  @Path("/critical")
  public Response ingestCritical(String payload) {
    try {
      return Response.ok(indexer.index(payload)).build();
    } catch (RuntimeException e) {
      Sentry.captureException(e);
      Sentry.flush(2000); // tracelint-expect: BlockingIngestOnRequestPath
      return Response.serverError().build();
    }
  }

  /** Called by the batch runner at the end of a run, not over HTTP. */
  public static void finishBatch() {
    Sentry.flush(5000);
  }
}
