package corpus.fullsecretlogged;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Credential holders of a vector-database client and a Vertex AI setup. A record component kept as a char or byte
 * array prints as the array's identity ([C@1b6d3586) in the record's own toString, so logging the record shows no
 * secret; JSON of it does (Jackson writes a char[] as a string, a byte[] as Base64). Google's
 * GOOGLE_APPLICATION_CREDENTIALS holds the path of a credentials file, not the credentials.
 */
public class RealisticAppCredentialHolders {
  private static final Logger log = LoggerFactory.getLogger(RealisticAppCredentialHolders.class);

  record DatabaseLogin(String url, String username, char[] password) {}

  record SigningMaterial(String keyId, byte[] signingKey) {}

  record TextLogin(String url, String username, String password) {}

  private final ObjectMapper mapper = new ObjectMapper();

  public void connect(DatabaseLogin login) {
    log.info("connecting to the vector database: {}", login);
  }

  public void loadSigning(SigningMaterial material) {
    log.debug("signing material loaded: {}", material);
  }

  public void dumpLogin(DatabaseLogin login) throws Exception {
    log.debug("login as JSON: {}", mapper.writeValueAsString(login)); // tracelint-expect: FullSecretLogged
  }

  public void connectWithText(TextLogin login) {
    log.info("connecting: {}", login); // tracelint-expect: FullSecretLogged
  }

  public void describeVertexSetup(String project, String location) {
    log.info("Vertex AI project {} in {}, credentials from {}", project, location,
        System.getenv("GOOGLE_APPLICATION_CREDENTIALS"));
  }

  public void describeGeminiKey() {
    log.debug("Gemini key {}", System.getenv("GOOGLE_API_KEY")); // tracelint-expect: FullSecretLogged
  }

  public void describeOAuthClient() {
    log.debug("OAuth client secret {}", System.getenv("GOOGLE_CLIENT_SECRET")); // tracelint-expect: FullSecretLogged
  }
}
