package corpus.fullsecretlogged;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logging a short prefix, a suffix, a mask, a hash or a measure of a secret is the recommended practice. */
class PrefixesMasksAndMeasures {
  private static final Logger log = LoggerFactory.getLogger(PrefixesMasksAndMeasures.class);
  private static final int VISIBLE = 4;

  private String apiKey;

  void start() {
    log.info("key {}...", apiKey.substring(0, 8));
    log.info("key {}...", apiKey.substring(0, VISIBLE));
    log.info("key {}...", apiKey.substring(0, Math.min(6, apiKey.length())));
    log.info("key ...{}", apiKey.substring(apiKey.length() - 4));
    log.info("key length {} blank {} hash {}", apiKey.length(), apiKey.isBlank(), apiKey.hashCode());
    log.info("key {}", mask(apiKey));
    log.info("key fingerprint {}", fingerprint(apiKey));
    log.info("key {}", apiKey.replaceAll(".(?=.{4})", "*"));
    String maskedKey = mask(apiKey);
    log.info("key {}", maskedKey);
    String token = redact(apiKey);
    log.info("token {}", token);
    log.info("key {}", apiKey.substring(0, 20)); // tracelint-expect: FullSecretLogged
  }

  static String mask(String value) {
    return value == null ? "null" : value.substring(0, Math.min(4, value.length())) + "****";
  }

  static String redact(String value) {
    return "[redacted]";
  }

  static String fingerprint(String value) {
    return Integer.toHexString(value.hashCode());
  }
}
