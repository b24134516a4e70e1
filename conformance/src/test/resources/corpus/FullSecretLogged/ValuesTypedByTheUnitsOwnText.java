package corpus.fullsecretlogged;

import corpus.fullsecretlogged.ProtocolTypesReadElsewhere.AuthScheme;
import corpus.fullsecretlogged.ProtocolTypesReadElsewhere.ClientSettings;
import corpus.fullsecretlogged.ProtocolTypesReadElsewhere.IssuedToken;
import corpus.fullsecretlogged.ProtocolTypesReadElsewhere.ProtocolApi;
import corpus.fullsecretlogged.ProtocolTypesReadElsewhere.TokenHolder;
import corpus.fullsecretlogged.ProtocolTypesReadElsewhere.WireHeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads named like a secret whose types live in another file, so that PMD without an auxclasspath cannot load them:
 * silent when the unit's own text gives the same read (the same member on a receiver of the same written type) to a
 * variable or parameter declared with a type that holds no text, as the engines with types see; still flagged when
 * the type given is text, or the read is on another type, or nothing in the unit types it.
 */
class ValuesTypedByTheUnitsOwnText {
  private static final Logger log = LoggerFactory.getLogger(ValuesTypedByTheUnitsOwnText.class);

  void acceptsApiKeyPassedElsewhereToAMethodTakingTheEnum(WireHeader header) {
    log.debug("sending {} request", header.apiKey());
    if (isFetch(header.apiKey())) {
      log.debug("fetch");
    }
  }

  void acceptsApiKeyOfAnotherReceiverOfTheSameType(WireHeader next) {
    log.debug("queued {} request", next.apiKey());
  }

  void acceptsApiKeyGivenToALocalOfTheEnumType(WireHeader received) {
    ProtocolApi api = received.apiKey();
    log.debug("received {} response for {}", received.apiKey(), api);
  }

  void acceptsEnumConstantComparedWithAVariableOfItsType(AuthScheme configured) {
    if (configured == AuthScheme.TOKEN) {
      log.debug("{} authentication enabled", AuthScheme.TOKEN);
    }
  }

  void acceptsTokenObjectAssignedToAVariableOfItsTypeThroughTheSameCast(Object holder) {
    IssuedToken found = null;
    if (holder instanceof TokenHolder) {
      found = ((TokenHolder) holder).getDelegationToken();
      log.trace("delegation token found: {}", ((TokenHolder) holder).getDelegationToken());
    }
    log.trace("found {}", found);
  }

  void acceptsLineTheSecretWasCutOutOf(String line, int secretStart) {
    String lineWithoutPassword = line.substring(0, secretStart);
    log.warn("malformed entry: {}", lineWithoutPassword);
  }

  void acceptsUrlSansToken(String urlSansToken) {
    log.info("calling {}", urlSansToken);
  }

  void flagsApiKeyTheUnitPassesToATextParameter(ClientSettings settings) {
    useKey(settings.apiKey());
    log.info("key {}", settings.apiKey()); // tracelint-expect: FullSecretLogged -- logs the full secret 'apiKey()'
  }

  void flagsApiKeyOfAnotherTypeThanTheOneTypedElsewhere(ClientSettings settings, WireHeader header) {
    ProtocolApi api = header.apiKey();
    log.info("{} with key {}", api, settings.apiKey()); // tracelint-expect: FullSecretLogged -- logs the full secret 'apiKey()'
  }

  void flagsStaticTokenFieldOfAnImportedClass() {
    log.info("token {}", ClientSettings.TOKEN); // tracelint-expect: FullSecretLogged -- logs the full secret 'TOKEN'
  }

  void flagsPasswordStrippedOfBlanks(String password) {
    String strippedPassword = password.strip();
    log.info("login with {}", strippedPassword); // tracelint-expect: FullSecretLogged -- logs the full secret 'strippedPassword'
  }

  void flagsLineNamedWithoutPasswordThatWasGivenOne(String password) {
    String lineWithoutPassword = "user:" + password;
    log.info("entry {}", lineWithoutPassword); // tracelint-expect: FullSecretLogged -- logs the full secret 'lineWithoutPassword'
  }

  private boolean isFetch(ProtocolApi api) {
    return api == ProtocolApi.FETCH;
  }

  private void useKey(String key) {
    log.trace("using a key of {} characters", key.length());
  }
}
