package com.azure.cosmos.corpus;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Code of the Cosmos DB SDK's own packages (its package is under {@code com.azure.cosmos}), which need not import the
 * SDK to work with it: a session token is the consistency bookmark there too. The account key it is given stays a
 * secret.
 */
public class SessionTokenResolution {
  private static final Logger logger = LoggerFactory.getLogger(SessionTokenResolution.class);

  static void acceptsGlobalSessionTokenThatCouldNotBeEvaluated(String globalSessionToken, String partitionKeyRangeId,
      String collectionRid, Set<String> sessionTokenEvaluationResults) {
    String evaluationResult = "The session token : " + globalSessionToken + " for pkRangeId : " + partitionKeyRangeId
        + " and collectionRid : " + collectionRid
        + " could not be evaluated, the request will fall back to eventual consistency.";
    sessionTokenEvaluationResults.add(evaluationResult);
    logger.warn(evaluationResult);
  }

  static void acceptsOriginalSessionTokenOfARequest(String originalSessionToken) {
    logger.debug("original session token {}", originalSessionToken);
  }

  static void flagsMasterKeyOfTheAccount(String masterKey) {
    logger.debug("authorizing with {}", masterKey); // tracelint-expect: FullSecretLogged -- logs the full secret 'masterKey'
  }
}
