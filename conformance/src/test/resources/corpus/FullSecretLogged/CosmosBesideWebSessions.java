package corpus.fullsecretlogged;

import com.azure.cosmos.models.CosmosItemResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A web endpoint that stores its data in Azure Cosmos DB: a session token it is handed may be a signed-in user's, so
 * the name keeps its meaning of a credential; the session token of a Cosmos DB response is Cosmos DB's by its type.
 */
class CosmosBesideWebSessions {
  private static final Logger log = LoggerFactory.getLogger(CosmosBesideWebSessions.class);

  void flagsSessionTokenOfAWebRequest(HttpServletRequest request, String sessionToken) {
    log.info("{} {} with session token {}", request.getMethod(), request.getRequestURI(), sessionToken); // tracelint-expect: FullSecretLogged -- logs the full secret 'sessionToken'
  }

  void acceptsSessionTokenOfACosmosResponse(HttpServletRequest request, CosmosItemResponse<Object> saved) {
    log.info("{} saved, session {}", request.getRequestURI(), saved.getSessionToken());
  }
}
