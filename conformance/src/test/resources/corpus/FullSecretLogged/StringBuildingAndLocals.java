package corpus.fullsecretlogged;

import java.text.MessageFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Secrets carried through string building and locals assigned in the same method. */
class StringBuildingAndLocals {
  private static final Logger log = LoggerFactory.getLogger(StringBuildingAndLocals.class);

  void build(String apiKey) {
    log.info(String.format("key=%s", apiKey)); // tracelint-expect: FullSecretLogged
    log.info("key=%s".formatted(apiKey)); // tracelint-expect: FullSecretLogged
    log.info(MessageFormat.format("key={0}", apiKey)); // tracelint-expect: FullSecretLogged
    log.info(String.valueOf(apiKey)); // tracelint-expect: FullSecretLogged
    String header = "Bearer " + apiKey;
    log.debug("sending {}", header); // tracelint-expect: FullSecretLogged
    StringBuilder line = new StringBuilder("key=");
    line.append(apiKey);
    log.debug(line.toString()); // tracelint-expect: FullSecretLogged
    String shown = apiKey.substring(0, 6) + "...";
    log.info("key {}", shown);
    String summary = "key present: " + (apiKey != null);
    log.info(summary);
  }
}
