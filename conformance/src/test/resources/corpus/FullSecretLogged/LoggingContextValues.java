package corpus.fullsecretlogged;

import org.apache.logging.log4j.ThreadContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Values put into the logging context (docs/rules/FullSecretLogged.md, "Sinks"): SLF4J's MDC and Log4j's
 * ThreadContext are printed by every later log line of the thread (a %X pattern, a JSON encoder), so a secret put
 * there is logged as surely as one passed to log.info. The key is a name; ids, prefixes and flags are no secrets.
 */
class LoggingContextValues {
  private static final Logger log = LoggerFactory.getLogger(LoggingContextValues.class);
  private static final String API_KEY_MDC = "apiKey";

  void flagsTheCallersApiKeyInTheMdc(String apiKey, String tenantId) {
    MDC.put("tenant", tenantId);
    MDC.put("apiKey", apiKey); // tracelint-expect: FullSecretLogged
    log.info("request accepted");
  }

  void flagsABearerTokenInACloseableMdcEntry(String accessToken, Runnable work) {
    try (MDC.MDCCloseable ignored = MDC.putCloseable("auth", "Bearer " + accessToken)) { // tracelint-expect: FullSecretLogged
      work.run();
    }
  }

  void flagsASessionTokenInLog4jsThreadContext(String sessionToken) {
    ThreadContext.put("session", sessionToken); // tracelint-expect: FullSecretLogged
  }

  void acceptsIdsAndAKeyPrefixInTheMdc(String requestId, String apiKey) {
    MDC.put("requestId", requestId);
    MDC.put(API_KEY_MDC, apiKey.substring(0, 6));
    log.info("request accepted");
  }

  void acceptsWhetherTheCallerSentAToken(String accessToken) {
    MDC.put("authenticated", String.valueOf(accessToken != null));
    ThreadContext.put("tokenCount", "1");
  }

  void acceptsRemovingTheKeyFromTheContext() {
    MDC.remove("apiKey");
    ThreadContext.remove("session");
  }
}
