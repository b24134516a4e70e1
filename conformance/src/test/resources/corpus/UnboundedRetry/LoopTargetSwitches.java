package corpus.unboundedretry;

import java.io.IOException;
import java.util.Collections;
import java.util.Set;

/**
 * Loops whose catch moves the next attempt to another target (docs/rules/UnboundedRetry.md, point 6): it
 * calls a method named for that ({@code failover(..)}, {@code switchUser(e)}, {@code rotateServer()}), or gives the
 * variable the attempt reads another variable's value ({@code endpoint = fallback}). The next attempt asks another
 * server or credential; that is failover, not the same request again. Reconnecting to the same target at once still
 * retries.
 */
class LoopTargetSwitches {
  static final class AuthenticationFailedException extends IOException {}

  interface Directory {
    Set<String> groupsOf(String user) throws IOException;
  }

  interface Client {
    String get(String endpoint) throws IOException;
  }

  private Directory directory;
  private Client client;
  private int maxAttempts = 3;

  Set<String> lookup(String user) throws IOException {
    return directory.groupsOf(user);
  }

  boolean failover(int attemptsOnServer) {
    return attemptsOnServer > 1;
  }

  void switchUser(AuthenticationFailedException failure) {}

  Set<String> acceptsFailoverAndUserSwitchInTheCatches(String user) {
    int attemptsOnServer = 1;
    for (int attempt = 1; attempt <= maxAttempts; attempt++, attemptsOnServer++) {
      try {
        return lookup(user);
      } catch (AuthenticationFailedException e) {
        switchUser(e);
      } catch (IOException e) {
        if (failover(attemptsOnServer)) {
          attemptsOnServer = 0;
        }
      }
      directory = null;
    }
    return Collections.emptySet();
  }

  String currentServer() {
    return "https://one.example";
  }

  void rotateServer() {}

  String acceptsServerRotatedAfterEachFailure() {
    for (int attempt = 0; attempt < maxAttempts; attempt++) {
      try {
        return client.get(currentServer());
      } catch (IOException e) {
        rotateServer();
      }
    }
    return null;
  }

  String acceptsFallbackEndpointTakenOver(String primary, String fallback) throws IOException {
    String endpoint = primary;
    while (true) {
      try {
        return client.get(endpoint);
      } catch (IOException e) {
        if (endpoint.equals(fallback)) {
          throw e;
        }
        endpoint = fallback;
      }
    }
  }

  String flagsReconnectToTheSameEndpoint(String endpoint, Directory fresh) {
    for (int attempt = 0; attempt < maxAttempts; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        return client.get(endpoint);
      } catch (IOException e) {
        directory = fresh;
      }
    }
    return null;
  }

  String flagsConnectionDroppedAndTriedAgain(String endpoint) {
    while (true) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      try {
        return client.get(endpoint);
      } catch (IOException e) {
        client = null;
      }
    }
  }
}
