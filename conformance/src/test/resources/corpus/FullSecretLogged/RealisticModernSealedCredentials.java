package corpus.fullsecretlogged;

import java.util.Base64;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Outbound authentication modelled as a sealed interface: each kind describes itself without its secret, pattern
 * matching picks the header, and the logs name the kind.
 */
public class RealisticModernSealedCredentials {
  private static final Logger logger = LoggerFactory.getLogger(RealisticModernSealedCredentials.class);

  sealed interface Auth permits ApiKeyAuth, BasicAuth, NoAuth {
    String describe();
  }

  record ApiKeyAuth(String headerName, String apiKey) implements Auth {
    public String describe() {
      return "api key in " + headerName;
    }

    @Override
    public String toString() {
      return describe();
    }
  }

  record BasicAuth(String user, String password) implements Auth {
    public String describe() {
      return "basic auth as " + user;
    }

    @Override
    public String toString() {
      return describe();
    }
  }

  record NoAuth() implements Auth {
    public String describe() {
      return "anonymous";
    }
  }

  public String headerValue(Auth auth) {
    String value;
    if (auth instanceof ApiKeyAuth key) {
      value = key.apiKey();
    } else if (auth instanceof BasicAuth basic) {
      value = "Basic " + Base64.getEncoder()
          .encodeToString((basic.user() + ":" + basic.password()).getBytes(StandardCharsets.UTF_8));
    } else {
      value = "";
    }
    logger.debug("authenticating with {}", auth.describe());
    logger.trace("auth: {}", auth);
    return value;
  }

  public void logFailure(Auth auth, int status) {
    String kind = switch (status) {
      case 401 -> "unauthorized";
      case 403 -> "forbidden";
      default -> "status " + status;
    };
    logger.warn("{} using {}", kind, auth);
  }

  public void logBasicHeader(BasicAuth basic) {
    String encoded = Base64.getEncoder()
        .encodeToString((basic.user() + ":" + basic.password()).getBytes(StandardCharsets.UTF_8));
    logger.debug("sending Authorization: Basic {}", encoded); // tracelint-expect: FullSecretLogged
  }
}
