package corpus.fullsecretlogged;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local that was given a secret and then overwritten, on every path to the log call, with a prefix, a mask or a
 * placeholder prints what it was overwritten with: an assignment statement of a block that holds the log call, or the
 * only statement of an {@code if (local != null)} with no {@code else} (the local is then null or the new value). An
 * overwrite on some paths only, one that keeps the secret ({@code key = key.trim()}), one that a length test guards
 * (a short secret is printed whole), or one after the log call, leaves the secret reported.
 */
class SecretsOverwrittenBeforeTheLog {
  private static final Logger log = LoggerFactory.getLogger(SecretsOverwrittenBeforeTheLog.class);

  void acceptsAPrefixWrittenOverTheKey() {
    String shown = System.getenv("MISTRAL_API_KEY");
    shown = shown.substring(0, 5) + "...";
    log.info("Mistral key {}", shown);
  }

  void acceptsAPrefixWrittenWhenTheKeyIsSet(boolean verbose) {
    String shown = System.getProperty("vector.db.api.key");
    if (shown != null) {
      shown = shown.substring(0, 4) + "****";
    }
    if (verbose) {
      log.info("vector store key {}", shown);
    }
  }

  void acceptsASecretNamedLocalReplacedByAPlaceholder() {
    String clientSecret = System.getenv("OIDC_CLIENT_SECRET");
    clientSecret = "<configured>";
    log.debug("OIDC client secret: {}", clientSecret);
  }

  void acceptsATokenReplacedByItsMaskWhenPresent(String header) {
    String bearer = header;
    String accessToken = bearer.substring("Bearer ".length());
    if (accessToken != null) accessToken = mask(accessToken);
    log.trace("caller token {}", accessToken);
  }

  void flagsAPrefixWrittenOnOnePathOnly(boolean masked) {
    String shown = System.getenv("MISTRAL_API_KEY");
    if (masked) {
      shown = shown.substring(0, 5) + "...";
    }
    log.info("Mistral key {}", shown); // tracelint-expect: FullSecretLogged
  }

  void flagsAnOverwriteThatKeepsTheSecret() {
    String shown = System.getenv("MISTRAL_API_KEY");
    shown = shown.trim();
    log.info("Mistral key {}", shown); // tracelint-expect: FullSecretLogged
  }

  void flagsAPrefixWrittenOnlyOverLongKeys() {
    String shown = System.getProperty("vector.db.api.key");
    if (shown.length() > 12) {
      shown = shown.substring(0, 4) + "****";
    }
    log.info("vector store key {}", shown); // tracelint-expect: FullSecretLogged
  }

  void flagsAnOverwriteAfterTheLog() {
    String clientSecret = System.getenv("OIDC_CLIENT_SECRET");
    log.debug("OIDC client secret: {}", clientSecret); // tracelint-expect: FullSecretLogged
    clientSecret = "<configured>";
    log.debug("now {}", clientSecret);
  }

  private static String mask(String value) {
    return value.isEmpty() ? value : value.charAt(0) + "***";
  }
}
