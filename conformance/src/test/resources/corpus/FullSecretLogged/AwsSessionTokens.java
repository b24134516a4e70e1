package corpus.fullsecretlogged;

import com.amazonaws.auth.BasicSessionCredentials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A session token in code that does not work with Azure Cosmos DB is a credential (AWS's temporary credentials, a
 * web session's): flagged whatever its source. What only describes it stays silent.
 */
class AwsSessionTokens {
  private static final Logger log = LoggerFactory.getLogger(AwsSessionTokens.class);

  void flagsSessionTokenParameter(String sessionToken) {
    log.info("uploading with session token {}", sessionToken); // tracelint-expect: FullSecretLogged -- logs the full secret 'sessionToken'
  }

  void flagsSessionTokenOfSessionCredentials(BasicSessionCredentials credentials) {
    log.debug("credentials {}:{}", credentials.getAWSAccessKeyId(), credentials.getSessionToken()); // tracelint-expect: FullSecretLogged -- logs the full secret 'getSessionToken()'
  }

  void acceptsSessionTokenExpiry(String sessionTokenExpiry) {
    log.info("session token expires at {}", sessionTokenExpiry);
  }

  void acceptsSessionCredentialsObject(BasicSessionCredentials credentials) {
    log.info("credentials of {}", credentials.getClass().getSimpleName());
  }
}
