package corpus.blockingingestonrequestpath;

import io.sentry.IScopes;
import io.sentry.Sentry;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/**
 * JAX-RS resource methods (jakarta and javax), sub-resource locators ({@code @Path} alone) included: Sentry flushes
 * wait up to their timeout. A hub returned by {@code Sentry.getCurrentHub()} has a type only where types resolve.
 */
@Path("/feedback")
class JaxRsResourceSentry {
  private IScopes scopes;

  @GET
  String list() {
    Sentry.flush(2000); // tracelint-expect: BlockingIngestOnRequestPath -- Sentry.flush() blocks request handler 'list' until telemetry is sent
    return "[]";
  }

  @POST
  void submit(String feedback) {
    scopes.flush(2000); // tracelint-expect: BlockingIngestOnRequestPath -- scopes.flush() blocks request handler 'submit' until telemetry is sent
  }

  @Path("/legacy")
  Object legacyLocator() {
    return new JavaxFeedbackResource();
  }

  void helperThatIsNotAResourceMethod() {
    Sentry.flush(2000);
  }
}

class JavaxFeedbackResource {
  private IScopes scopes;

  @javax.ws.rs.DELETE
  void delete() {
    Sentry.flush(500); // tracelint-expect: BlockingIngestOnRequestPath -- Sentry.flush() blocks request handler 'delete' until telemetry is sent
  }

  @javax.ws.rs.Path("/attachments")
  Object flagsFlushInSubResourceLocator() {
    scopes.flush(1000); // tracelint-expect: BlockingIngestOnRequestPath -- scopes.flush() blocks request handler 'flagsFlushInSubResourceLocator' until telemetry is sent
    return this;
  }

  @SuppressWarnings("deprecation") // the hub API that code written before Sentry 8 still calls
  @javax.ws.rs.PATCH
  void flagsFlushOfTheCurrentHub() {
    Sentry.getCurrentHub().flush(1000); // tracelint-expect: BlockingIngestOnRequestPath -- Sentry.getCurrentHub().flush() blocks request handler 'flagsFlushOfTheCurrentHub' until telemetry is sent
  }
}
