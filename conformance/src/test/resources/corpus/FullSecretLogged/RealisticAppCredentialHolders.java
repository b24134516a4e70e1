package corpus.fullsecretlogged;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Credential holders of a vector-database client and a Vertex AI setup. JSON of a login holds its password, also one
 * kept as a char[] (Jackson writes it as a string). Google's GOOGLE_APPLICATION_CREDENTIALS holds the path of a
 * credentials file, not the credentials; GOOGLE_API_KEY and GOOGLE_CLIENT_SECRET are secrets.
 */
public class RealisticAppCredentialHolders {
  private static final Logger log = LoggerFactory.getLogger(RealisticAppCredentialHolders.class);

  record DatabaseLogin(String url, String username, char[] password) {}

  record TextLogin(String url, String username, String password) {}

  private final ObjectMapper mapper = new ObjectMapper();

  public void connect(DatabaseLogin login) {
    log.info("connecting to the vector database at {} as {} (password set: {})", login.url(), login.username(),
        login.password() != null && login.password().length > 0);
  }

  public void describeProject() {
    log.info("Vertex AI project {} in {}", System.getenv("GOOGLE_CLOUD_PROJECT"), System.getenv("GOOGLE_CLOUD_REGION"));
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
