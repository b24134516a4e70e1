package corpus.fullsecretlogged;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The SLF4J fluent API and Log4j 2, including printf and Supplier arguments. */
class FluentAndLog4j {
  private static final Logger log = LoggerFactory.getLogger(FluentAndLog4j.class);
  private static final org.apache.logging.log4j.Logger LOG4J = LogManager.getLogger(FluentAndLog4j.class);

  void fluent(String accessToken, int maxTokens) {
    log.atInfo()
        .addArgument(accessToken) // tracelint-expect: FullSecretLogged
        .log("token {}");
    log.atDebug().addKeyValue("token", accessToken).log("refreshed"); // tracelint-expect: FullSecretLogged
    log.atInfo().addKeyValue("maxTokens", maxTokens).log("configured");
    log.atInfo().addArgument(() -> accessToken.substring(0, 4)).log("token prefix {}");
  }

  void log4j(String apiKey) {
    LOG4J.info("key {}", apiKey); // tracelint-expect: FullSecretLogged
    LOG4J.printf(Level.INFO, "key %s", apiKey); // tracelint-expect: FullSecretLogged
    LOG4J.debug("key {}", () -> apiKey); // tracelint-expect: FullSecretLogged
    LOG4J.info("key length {}", apiKey.length());
    LOG4J.info("key hash {}", () -> apiKey.hashCode());
  }
}
