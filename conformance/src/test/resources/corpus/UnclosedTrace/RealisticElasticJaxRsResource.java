package corpus.unclosedtrace;

import co.elastic.apm.api.ElasticApm;
import co.elastic.apm.api.Scope;
import co.elastic.apm.api.Span;
import co.elastic.apm.api.Transaction;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** A JAX-RS resource instrumented with the Elastic APM public API. */
@Path("/documents")
public class RealisticElasticJaxRsResource {
  interface DocumentStore {
    String load(String id);

    String render(String document);
  }

  private final DocumentStore store;

  RealisticElasticJaxRsResource(DocumentStore store) {
    this.store = store;
  }

  @GET
  @Path("/{id}")
  public String get(@PathParam("id") String id) {
    Transaction transaction = ElasticApm.startTransaction();
    try (Scope scope = transaction.activate()) {
      transaction.setName("GET /documents/{id}");
      Span span = transaction.startSpan("db", "postgresql", "query");
      try {
        return store.render(store.load(id));
      } catch (RuntimeException e) {
        span.captureException(e);
        throw e;
      } finally {
        span.end();
      }
    } finally {
      transaction.end();
    }
  }

  @GET
  @Path("/{id}/raw")
  public String raw(@PathParam("id") String id) {
    Transaction transaction = ElasticApm.startTransaction();
    transaction.setName("GET /documents/{id}/raw");
    try {
      Scope scope = transaction.activate(); // tracelint-expect: UnclosedTrace
      String document = store.load(id);
      scope.close();
      return document;
    } finally {
      transaction.end();
    }
  }

  @GET
  @Path("/{id}/preview")
  public String preview(@PathParam("id") String id) {
    Transaction transaction = ElasticApm.startTransaction();
    try {
      transaction.setName("GET /documents/{id}/preview");
      return store.render(store.load(id)).substring(0, 80);
    } catch (RuntimeException e) {
      transaction.captureException(e);
      throw e;
    } finally {
      transaction.end();
    }
  }
}
