package corpus.fullsecretlogged;

import com.amazonaws.auth.BasicSessionCredentials;
import com.azure.cosmos.models.CosmosItemResponse;
import com.azure.cosmos.models.FeedResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Code that works with Azure Cosmos DB and with AWS credentials at once: a session token named so is AWS's as much as
 * Cosmos DB's, so the name keeps its meaning of a credential. Only a session token read from a Cosmos DB type
 * (a response's) is Cosmos DB's by its type.
 */
class AwsSessionTokensBesideCosmos {
  private static final Logger log = LoggerFactory.getLogger(AwsSessionTokensBesideCosmos.class);

  void flagsSessionTokenParameterBesideAwsCredentials(String sessionToken) {
    log.info("copying with session token {}", sessionToken); // tracelint-expect: FullSecretLogged -- logs the full secret 'sessionToken'
  }

  void flagsSessionTokenOfAwsSessionCredentials(BasicSessionCredentials credentials) {
    log.info("assumed role, token {}", credentials.getSessionToken()); // tracelint-expect: FullSecretLogged -- logs the full secret 'getSessionToken()'
  }

  void acceptsSessionTokenOfACosmosResponse(CosmosItemResponse<Object> response) {
    log.info("item copied, session {}", response.getSessionToken());
  }

  void acceptsSessionTokenOfACosmosFeedResponse(FeedResponse<Object> page) {
    log.debug("page of {} read, session {}", page.getResults().size(), page.getSessionToken());
  }
}
