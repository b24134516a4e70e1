package corpus.fullsecretlogged;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * A debug-mode switch that picks what to show of a key, SLF4J message suppliers, and the logging context in a
 * try-with-resources: masks and ids stay silent; the arm that shows the whole key, and the context entry that holds
 * the whole authorization header, are reported.
 */
public class RealisticModernSwitchAndSuppliers {
  private static final Logger log = LoggerFactory.getLogger(RealisticModernSwitchAndSuppliers.class);

  enum Verbosity {
    QUIET,
    NORMAL,
    DEBUG
  }

  record ClientIdentity(String clientId, String clientSecret) {
    ClientIdentity {
      log.debug("identity for client {}", clientId);
    }

    @Override
    public String toString() {
      return "ClientIdentity[%s]".formatted(clientId);
    }
  }

  static String mask(String secret) {
    return secret.length() <= 4 ? "****" : secret.substring(0, 4) + "****";
  }

  public void logKeyByVerbosity(Verbosity verbosity, String apiKey) {
    String shown =
        switch (verbosity) {
          case QUIET -> "<hidden>";
          case NORMAL -> mask(apiKey);
          case DEBUG -> apiKey;
        };
    log.info("api key {}", shown); // tracelint-expect: FullSecretLogged
  }

  public void logKeyYieldedFromABlock(Verbosity verbosity, String apiKey) {
    String shown =
        switch (verbosity) {
          case QUIET -> "<hidden>";
          default -> {
            String prefix = verbosity == Verbosity.DEBUG ? "full " : "";
            yield prefix + apiKey;
          }
        };
    log.debug("api key {}", shown); // tracelint-expect: FullSecretLogged
  }

  public void logKeyLengthByVerbosity(Verbosity verbosity, String apiKey) {
    String shown =
        switch (verbosity) {
          case QUIET -> "<hidden>";
          default -> {
            int length = apiKey.length();
            yield length + " characters";
          }
        };
    log.debug("api key {}", shown);
  }

  public void logMaskedByVerbosity(Verbosity verbosity, String apiKey) {
    String shown =
        switch (verbosity) {
          case QUIET -> "<hidden>";
          case NORMAL, DEBUG -> mask(apiKey);
        };
    log.info("api key {}", shown);
  }

  public void logIdentity(ClientIdentity identity) {
    log.atInfo().setMessage(() -> "client " + identity.clientId()).log();
    log.atDebug().addArgument(identity::clientId).log("client {}");
    log.info("identity {}", identity);
  }

  public void logSecretThroughSupplier(ClientIdentity identity) {
    log.atDebug().addArgument(identity::clientSecret).log("secret {}"); // tracelint-expect: FullSecretLogged -- clientSecret
  }

  public void handle(Map<String, String> headers, Runnable work) {
    try (var requestId = MDC.putCloseable("requestId", headers.getOrDefault("X-Request-Id", "-"))) {
      work.run();
    }
  }

  public void handleWithAuthInContext(String authorization, Runnable work) {
    try (var auth = MDC.putCloseable("auth", authorization)) { // tracelint-expect: FullSecretLogged -- authorization
      work.run();
    }
  }
}
