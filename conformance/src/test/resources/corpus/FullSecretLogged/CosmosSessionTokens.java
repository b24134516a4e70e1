package corpus.fullsecretlogged;

import com.azure.cosmos.CosmosClientBuilder;
import com.azure.cosmos.CosmosContainer;
import com.azure.cosmos.implementation.ISessionToken;
import com.azure.cosmos.models.CosmosItemRequestOptions;
import com.azure.cosmos.models.CosmosItemResponse;
import com.azure.cosmos.models.FeedResponse;
import com.azure.cosmos.models.PartitionKey;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Code that works with Azure Cosmos DB (it imports the SDK) and with no source of credentials named by the same
 * words: here a session token is Cosmos DB's {@code x-ms-session-token}, the consistency bookmark (partition key range
 * id and LSN vector) that gives read-your-writes, not a credential. Logged, concatenated, put in a message that is
 * logged later, read from a response or request options: silent. The account's credentials in the same code (a master
 * key, a resource token, an authorization token) stay secrets, as does a session token read from AWS's environment
 * variable or named for another party's session ({@code awsSessionToken}).
 */
class CosmosSessionTokens {
  private static final Logger log = LoggerFactory.getLogger(CosmosSessionTokens.class);

  private String lastSessionToken;

  void acceptsSessionTokenParameterLogged(String sessionToken) {
    log.debug("reading with session token {}", sessionToken);
  }

  void acceptsSessionTokenConcatenated(String partitionKeyRangeId, String globalSessionToken) {
    log.warn("no session token for range " + partitionKeyRangeId + " in " + globalSessionToken);
  }

  void acceptsSessionTokenInAMessageLoggedLater(String globalSessionToken, String partitionKeyRangeId,
      Set<String> evaluationResults) {
    String evaluationResult = "The session token : " + globalSessionToken + " for pkRangeId : " + partitionKeyRangeId
        + " could not be evaluated, the request will fall back to eventual consistency.";
    evaluationResults.add(evaluationResult);
    log.warn(evaluationResult);
  }

  void acceptsSessionTokenOfAResponse(CosmosItemResponse<Object> response) {
    log.info("write done, session {}", response.getSessionToken());
  }

  void acceptsSessionTokenOfAFeedResponseKeptInAField(FeedResponse<Object> page) {
    lastSessionToken = page.getSessionToken();
    log.debug("page read, session now {}", lastSessionToken);
  }

  void acceptsSessionTokenOfRequestOptions(CosmosContainer container, CosmosItemRequestOptions options) {
    container.readItem("id", new PartitionKey("pk"), options, Object.class);
    log.debug("read with session token {}", options.getSessionToken());
  }

  void acceptsParsedSessionToken(ISessionToken sessionToken) {
    log.debug("merged session token {}", sessionToken);
  }

  void flagsMasterKeyOfTheAccount(String endpoint, String masterKey) {
    new CosmosClientBuilder().endpoint(endpoint).key(masterKey);
    log.info("connecting to {} with key {}", endpoint, masterKey); // tracelint-expect: FullSecretLogged -- logs the full secret 'masterKey'
  }

  void flagsResourceTokenOfAPermission(String resourceToken) {
    log.debug("using resource token {}", resourceToken); // tracelint-expect: FullSecretLogged -- logs the full secret 'resourceToken'
  }

  void flagsAuthorizationTokenOfAResolver(String authorizationToken) {
    log.debug("resolved authorization token {}", authorizationToken); // tracelint-expect: FullSecretLogged -- logs the full secret 'authorizationToken'
  }

  void acceptsSessionTokenOfAResponseAtTheEndOfAChain(CosmosContainer container) {
    log.debug("read done, session {}",
        container.readItem("id", new PartitionKey("pk"), Object.class).getSessionToken());
  }

  void flagsSessionTokenReadFromAwsEnvironment() {
    String sessionToken = System.getenv("AWS_SESSION_TOKEN");
    log.info("exporting with session token {}", sessionToken); // tracelint-expect: FullSecretLogged -- logs the full secret 'sessionToken'
  }

  void flagsSessionTokenNamedForAws(String awsSessionToken) {
    log.info("archiving with {}", awsSessionToken); // tracelint-expect: FullSecretLogged -- logs the full secret 'awsSessionToken'
  }

  void flagsSessionTokenBesideAPassword(String sessionTokenOrPassword) {
    log.info("login with {}", sessionTokenOrPassword); // tracelint-expect: FullSecretLogged -- logs the full secret 'sessionTokenOrPassword'
  }
}
