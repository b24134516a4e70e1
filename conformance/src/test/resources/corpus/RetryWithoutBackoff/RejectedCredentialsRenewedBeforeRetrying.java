package corpus.retrywithoutbackoff;

import java.net.HttpURLConnection;

/**
 * Retries after an HTTP 401 told by its status code that renew the credential first (docs/rules/RetryWithoutBackoff.md,
 * "What is not flagged"): the catch leaves on every other status, then fetches a new token, refreshes the credentials
 * or passes a newly issued one to the nested call. The next request carries another credential, and no wait makes the
 * refused one valid. A 401 retried with the same credential, or another status retried after a renewal, is still a
 * request repeated at once.
 */
class RejectedCredentialsRenewedBeforeRetrying {
  static class GatewayException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int status;

    GatewayException(int status) {
      this.status = status;
    }

    int statusCode() {
      return status;
    }
  }

  interface Gateway {
    String post(String bearer, String body) throws GatewayException;
  }

  interface Tokens {
    String issue(String scope);
  }

  private static final String SCOPE = "completions";

  interface Credentials {
    void refresh();

    String current();
  }

  private final Gateway gateway;
  private final Tokens tokens;
  private final Credentials credentials;
  private String accessToken;

  RejectedCredentialsRenewedBeforeRetrying(Gateway gateway, Tokens tokens, Credentials credentials) {
    this.gateway = gateway;
    this.tokens = tokens;
    this.credentials = credentials;
  }

  String acceptsOneMoreTryWithAFreshlyIssuedToken(String body) throws GatewayException {
    for (int round = 0; ; round++) {
      try {
        return gateway.post(accessToken, body);
      } catch (GatewayException e) {
        if (e.statusCode() != 401 || round > 0) {
          throw e;
        }
        accessToken = tokens.issue(SCOPE);
      }
    }
  }

  String acceptsLoopThatRefreshesOnUnauthorizedOnly(String body) throws GatewayException {
    int refreshes = 0;
    while (true) {
      try {
        return gateway.post(credentials.current(), body);
      } catch (GatewayException failure) {
        if (failure.statusCode() == HttpURLConnection.HTTP_UNAUTHORIZED && refreshes++ < 2) {
          credentials.refresh();
          continue;
        }
        throw failure;
      }
    }
  }

  String acceptsSelfCallAfterRefreshingTheCredentials(String body, int attempt) throws GatewayException {
    try {
      return gateway.post(credentials.current(), body);
    } catch (GatewayException e) {
      if (e.statusCode() != HttpURLConnection.HTTP_UNAUTHORIZED || attempt >= 1) {
        throw e;
      }
      credentials.refresh();
      return acceptsSelfCallAfterRefreshingTheCredentials(body, attempt + 1);
    }
  }

  String acceptsSelfCallHandedANewBearer(String body, String bearer, int attempt) throws GatewayException {
    try {
      return gateway.post(bearer, body);
    } catch (GatewayException e) {
      if (e.statusCode() == 401 && attempt == 0) {
        return acceptsSelfCallHandedANewBearer(body, tokens.issue(SCOPE), attempt + 1);
      }
      throw e;
    }
  }

  String flagsUnauthorizedRetriedWithTheSameToken(String body) throws GatewayException {
    for (int round = 0; round < 3; round++) { // tracelint-expect: RetryWithoutBackoff
      try {
        return gateway.post(accessToken, body);
      } catch (GatewayException e) {
        if (e.statusCode() != 401) {
          throw e;
        }
        System.err.println("rejected, trying again: " + e.statusCode());
      }
    }
    throw new IllegalStateException("still rejected");
  }

  String flagsUnavailableRetriedAfterARenewal(String body) throws GatewayException {
    for (int round = 0; round < 3; round++) { // tracelint-expect: RetryWithoutBackoff
      try {
        return gateway.post(accessToken, body);
      } catch (GatewayException e) {
        if (e.statusCode() != 503) {
          throw e;
        }
        accessToken = tokens.issue(SCOPE);
      }
    }
    throw new IllegalStateException("gateway unavailable");
  }
}
