package corpus.unclosedtrace;

import co.elastic.apm.api.ElasticApm;
import co.elastic.apm.api.Outcome;
import co.elastic.apm.api.Scope;
import co.elastic.apm.api.Transaction;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;

/**
 * Elastic APM in a pair of JAX-RS filters: the request filter starts and activates the transaction and keeps both in
 * the request context's properties; the response filter closes the scope and ends the transaction.
 */
class RealisticPairedElasticJaxRsFilters implements ContainerRequestFilter, ContainerResponseFilter {
  private static final String TRANSACTION = Transaction.class.getName();
  private static final String SCOPE = Scope.class.getName();

  @Override
  public void filter(ContainerRequestContext request) {
    Transaction transaction = ElasticApm.startTransactionWithRemoteParent(request::getHeaderString);
    transaction.setName(request.getMethod() + " " + request.getUriInfo().getPath());
    transaction.setType(Transaction.TYPE_REQUEST);
    Scope scope = transaction.activate();
    request.setProperty(TRANSACTION, transaction);
    request.setProperty(SCOPE, scope);
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Object scope = request.getProperty(SCOPE);
    if (scope instanceof Scope) {
      ((Scope) scope).close();
    }
    Object transaction = request.getProperty(TRANSACTION);
    if (transaction instanceof Transaction) {
      Transaction current = (Transaction) transaction;
      current.setOutcome(response.getStatus() >= 500 ? Outcome.FAILURE : Outcome.SUCCESS);
      current.setLabel("http.status_code", response.getStatus());
      current.end();
    }
  }
}
