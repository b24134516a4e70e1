package corpus.unboundedretry;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A model gateway client that refreshes its access token when a call is rejected and tries once more; an insecure
 * fallback taken once when TLS to a local gateway fails; a recursive retry bounded by the attempts left.
 */
public class RealisticAppRecursiveTokenRefresh {
  private static final Logger log = LoggerFactory.getLogger(RealisticAppRecursiveTokenRefresh.class);

  static final class TokenExpiredException extends IOException {
    TokenExpiredException(String message) {
      super(message);
    }
  }

  interface Gateway {
    String invoke(String model, String payload, String bearer, boolean verifyTls) throws IOException;
  }

  interface TokenSource {
    String current();

    String refresh() throws IOException;
  }

  private final Gateway gateway;
  private final TokenSource tokens;

  public RealisticAppRecursiveTokenRefresh(Gateway gateway, TokenSource tokens) {
    this.gateway = gateway;
    this.tokens = tokens;
  }

  public String invoke(String model, String payload, int attemptsLeft) throws IOException, InterruptedException {
    try {
      return gateway.invoke(model, payload, tokens.current(), true);
    } catch (TokenExpiredException e) {
      if (attemptsLeft <= 0) {
        throw e;
      }
      tokens.refresh();
      return invoke(model, payload, attemptsLeft - 1);
    } catch (IOException e) {
      if (attemptsLeft <= 0) {
        throw e;
      }
      log.warn("gateway call failed, {} attempts left", attemptsLeft, e);
      Thread.sleep(1_000);
      return invoke(model, payload, attemptsLeft - 1);
    }
  }

  public String invokeLocal(String model, String payload, boolean verifyTls) throws IOException {
    try {
      return gateway.invoke(model, payload, tokens.current(), verifyTls);
    } catch (javax.net.ssl.SSLException e) {
      if (verifyTls) {
        log.warn("TLS to the local gateway failed; trying once without verification", e);
        return invokeLocal(model, payload, false);
      }
      throw e;
    }
  }
}
