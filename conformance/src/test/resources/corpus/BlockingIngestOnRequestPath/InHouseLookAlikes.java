package corpus.blockingingestonrequestpath;

import corpus.blockingingestonrequestpath.sdk.*;
import io.sentry.Sentry;

/**
 * In-house types imported on demand that share a simple name with catalogued ones: an annotation named {@code Path}
 * from another package maps no request, and a reporter named {@code AsyncReporter} from another package is not
 * Zipkin's.
 */
class InHouseLookAlikes {
  private AsyncReporter reporter;

  @Path("/run")
  String acceptsFlushUnderInHouseAnnotationOfAHandlerName() {
    Sentry.flush(500);
    return "";
  }

  @jakarta.ws.rs.POST
  String acceptsFlushOfInHouseTypeNamedLikeACataloguedOne() {
    reporter.flush();
    return "";
  }
}
