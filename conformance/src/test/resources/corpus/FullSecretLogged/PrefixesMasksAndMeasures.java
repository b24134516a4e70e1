package corpus.fullsecretlogged;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logging a short prefix (a constant of at most 16, also through a named constant or {@code Math.min}), a suffix, a
 * measure, a comparison, a regex mask or the result of a method named for masking is the recommended practice; a
 * longer prefix is the full value.
 */
class PrefixesMasksAndMeasures {
  private static final Logger log = LoggerFactory.getLogger(PrefixesMasksAndMeasures.class);
  private static final int VISIBLE = 4;

  private String apiKey;

  void acceptsPrefixOfEightCharacters() {
    log.info("key {}...", apiKey.substring(0, 8));
  }

  void acceptsPrefixOfANamedConstantLength() {
    log.info("key {}...", apiKey.substring(0, VISIBLE));
  }

  void acceptsPrefixBoundedByMathMin() {
    log.info("key {}...", apiKey.substring(0, Math.min(6, apiKey.length())));
  }

  void acceptsSuffix() {
    log.info("key ...{}", apiKey.substring(apiKey.length() - 4));
  }

  void acceptsLengthBlanknessAndHash() {
    log.info("key length {} blank {} hash {}", apiKey.length(), apiKey.isBlank(), apiKey.hashCode());
  }

  void acceptsComparison() {
    log.info("same key {}", apiKey.equals("x"));
  }

  void acceptsMask() {
    log.info("key {}", mask(apiKey));
  }

  void acceptsFingerprint() {
    log.info("key fingerprint {}", fingerprint(apiKey));
  }

  void acceptsHash() {
    log.info("key {}", sha256Hex(apiKey));
  }

  void acceptsLastFourConcatenated() {
    log.info("key {}", "..." + last4(apiKey));
  }

  void acceptsRegexMask() {
    log.info("key {}", apiKey.replaceAll(".(?=.{4})", "*"));
  }

  void acceptsLocalNamedLikeAMask() {
    String maskedKey = mask(apiKey);
    log.info("key {}", maskedKey);
  }

  void acceptsTokenAssignedARedaction() {
    String token = redact(apiKey);
    log.info("token {}", token);
  }

  void flagsPrefixLongerThanSixteenCharacters() {
    log.info("key {}", apiKey.substring(0, 20)); // tracelint-expect: FullSecretLogged -- logs the full secret 'apiKey'
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

  static String sha256Hex(String value) {
    return "";
  }

  static String last4(String value) {
    return "";
  }
}
