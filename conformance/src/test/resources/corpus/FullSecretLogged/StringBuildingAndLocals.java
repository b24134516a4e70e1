package corpus.fullsecretlogged;

import java.text.MessageFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a secret travels to the log: string building ({@code String.format}, {@code formatted}, {@code MessageFormat},
 * {@code valueOf}, {@code join}, {@code concat}, {@code StringBuilder}, {@code trim}, a conditional, a long substring)
 * and locals assigned from it earlier in the method, named by their own name. A prefix, a presence flag or the result
 * of any other call does not carry it.
 */
class StringBuildingAndLocals {
  private static final Logger log = LoggerFactory.getLogger(StringBuildingAndLocals.class);

  private String apiKey;

  void flagsStringFormat(String apiKey) {
    log.info(String.format("key=%s", apiKey)); // tracelint-expect: FullSecretLogged -- logs the full secret 'apiKey'
  }

  void flagsFormatted(String apiKey) {
    log.info("key=%s".formatted(apiKey)); // tracelint-expect: FullSecretLogged -- logs the full secret 'apiKey'
  }

  void flagsMessageFormat(String apiKey) {
    log.info(MessageFormat.format("key={0}", apiKey)); // tracelint-expect: FullSecretLogged -- logs the full secret 'apiKey'
  }

  void flagsStringValueOf(String apiKey) {
    log.info(String.valueOf(apiKey)); // tracelint-expect: FullSecretLogged -- logs the full secret 'apiKey'
  }

  void flagsStringJoin(String apiKey) {
    log.info(String.join(",", "a", apiKey)); // tracelint-expect: FullSecretLogged -- logs the full secret 'apiKey'
  }

  void flagsConcat(String apiKey) {
    log.info("key=".concat(apiKey)); // tracelint-expect: FullSecretLogged -- logs the full secret 'apiKey'
  }

  void flagsStringBuilderChain(String apiKey) {
    log.info(new StringBuilder("key=").append(apiKey).toString()); // tracelint-expect: FullSecretLogged -- logs the full secret 'apiKey'
  }

  void flagsTrimmedSecret(String apiKey) {
    log.info("key=" + apiKey.trim()); // tracelint-expect: FullSecretLogged -- logs the full secret 'apiKey'
  }

  void flagsConditionalThatMayYieldTheSecret(String apiKey) {
    log.info("key=" + (apiKey == null ? "none" : apiKey)); // tracelint-expect: FullSecretLogged -- logs the full secret 'apiKey'
  }

  void flagsSubstringFromAStartIndex(String apiKey) {
    log.info("token=" + apiKey.substring(7)); // tracelint-expect: FullSecretLogged -- logs the full secret 'apiKey'
  }

  void flagsLocalInitialisedFromASecret(String apiKey) {
    String header = "Bearer " + apiKey;
    log.debug("sending {}", header); // tracelint-expect: FullSecretLogged -- logs the full secret 'header'
  }

  void flagsLocalOfAFieldLoggedAsTheMessage() {
    String line = "Calling with " + apiKey;
    log.info(line); // tracelint-expect: FullSecretLogged -- logs the full secret 'line'
  }

  void flagsLocalAssignedAfterItsDeclaration() {
    String msg;
    msg = String.format("key=%s", apiKey);
    log.info(msg); // tracelint-expect: FullSecretLogged -- logs the full secret 'msg'
  }

  void flagsCompoundAssignment() {
    String text = "start";
    text += apiKey;
    log.info(text); // tracelint-expect: FullSecretLogged -- logs the full secret 'text'
  }

  void flagsStringBuilderAppendedInAStatement(String apiKey) {
    StringBuilder line = new StringBuilder("key=");
    line.append(apiKey);
    log.debug(line.toString()); // tracelint-expect: FullSecretLogged -- logs the full secret 'line'
  }

  void flagsStringBuilderAppendChainInAStatement() {
    StringBuilder sb = new StringBuilder();
    sb.append("key=").append(apiKey);
    log.info(sb.toString()); // tracelint-expect: FullSecretLogged -- logs the full secret 'sb'
  }

  void acceptsLocalHoldingAPrefix(String apiKey) {
    String shown = apiKey.substring(0, 6) + "...";
    log.info("key {}", shown);
  }

  void acceptsLocalHoldingAPresenceFlag(String apiKey) {
    String summary = "key present: " + (apiKey != null);
    log.info(summary);
  }

  void acceptsResultOfAnUnknownCall(String token) {
    log.info("user {}", findUserByToken(token));
  }

  void acceptsVerdictOfAnUnknownCall(String token) {
    log.info("valid {}", isValid(token));
  }

  String findUserByToken(String token) {
    return "user";
  }

  boolean isValid(String token) {
    return true;
  }
}
