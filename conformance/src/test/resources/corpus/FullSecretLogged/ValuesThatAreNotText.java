package corpus.fullsecretlogged;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With types, a value counts only as text ({@code String}, {@code CharSequence}, {@code char[]}, {@code byte[]},
 * {@code Object}): a credentials object, a map of secrets, a boolean or a number named like a secret are not judged.
 */
class ValuesThatAreNotText {
  private static final Logger log = LoggerFactory.getLogger(ValuesThatAreNotText.class);

  static final class Credentials {}

  void acceptsCredentialsObject(Credentials credentials) {
    log.info("using {}", credentials);
  }

  void acceptsSizeOfAMapOfSecrets(Map<String, String> secrets) {
    log.info("count {}", secrets.size());
  }

  void acceptsBooleanAndNumberNamedLikeSecrets(boolean token, int apiKey) {
    log.info("flag {} {}", token, apiKey);
  }
}
