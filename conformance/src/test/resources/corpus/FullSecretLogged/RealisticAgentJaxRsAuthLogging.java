package corpus.fullsecretlogged;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/** A JAX-RS endpoint that lets a client run the agent with its own provider key. */
@Path("/agent")
public class RealisticAgentJaxRsAuthLogging {
  private static final Logger LOGGER = Logger.getLogger(RealisticAgentJaxRsAuthLogging.class.getName());

  @POST
  @Path("/run")
  public String run(@HeaderParam("Authorization") String authorization,
      @HeaderParam("X-Request-Id") String requestId,
      @HeaderParam("X-Provider-Key") String byok,
      String goal) {
    LOGGER.info("run request " + requestId + " authorized=" + (authorization != null));
    LOGGER.log(Level.FINE, "run request {0} goal length {1}", new Object[] {requestId, goal.length()});
    if (authorization == null || !authorization.startsWith("Bearer ")) {
      LOGGER.warning("rejected run request " + requestId + " with authorization " + authorization); // tracelint-expect: FullSecretLogged
      return "unauthorized";
    }
    String token = authorization.substring(7);
    LOGGER.log(Level.FINER, "caller token {0}", token); // tracelint-expect: FullSecretLogged
    return "accepted";
  }

  @POST
  @Path("/trace")
  public String trace(@HeaderParam("X-Api-Key") String apiKeyHeader, @HeaderParam("traceparent") String traceparent) {
    LOGGER.fine(() -> "trace request parent=" + traceparent);
    LOGGER.fine(() -> "api key header " + apiKeyHeader); // tracelint-expect: FullSecretLogged
    return "ok";
  }
}
