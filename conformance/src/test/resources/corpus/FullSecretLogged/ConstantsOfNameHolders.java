package corpus.fullsecretlogged;

import corpus.fullsecretlogged.ProtocolTypesReadElsewhere.AuthHeaders;
import corpus.fullsecretlogged.ProtocolTypesReadElsewhere.CredentialConstants;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Upper-case constants of another file's classes named for the names they hold ({@code ...Constants},
 * {@code ...Headers}): a property's or a header's name, silent in every engine (with types the engines read the
 * constant, without them the holder's name says it). A constant such a class computes at runtime is seen only with
 * types; a value looked up under such a name stays flagged (and another class's constant, {@code ClientSettings.TOKEN} in
 * {@link ValuesTypedByTheUnitsOwnText}).
 */
class ConstantsOfNameHolders {
  private static final Logger log = LoggerFactory.getLogger(ConstantsOfNameHolders.class);

  private String location;

  void acceptsPropertyNamesOfAConstantsClass() {
    log.warn("credentials need {} and {}", CredentialConstants.ACCESS_KEY, CredentialConstants.SECRET_KEY);
  }

  void acceptsHeaderNameOfAHeadersClass() {
    log.debug("sending the {} header", AuthHeaders.AUTHORIZATION);
  }

  void acceptsFileLocationBuiltFromConstantNames(String appName) {
    location = CredentialConstants.CREDENTIAL_DIR
        + (appName == null ? CredentialConstants.CREDENTIAL_DEFAULT : appName);
    log.info("loading credentials from {}", location);
  }

  void flagsValueLookedUpUnderAConstantName(Properties properties) {
    log.info("secret {}", properties.getProperty(CredentialConstants.SECRET_KEY)); // tracelint-expect: FullSecretLogged -- logs the full secret
  }

  void flagsConstantAConstantsClassReadsAtRuntime() {
    log.info("admin {}", CredentialConstants.ADMIN_PASSWORD); // tracelint-expect-with-types: FullSecretLogged -- logs the full secret 'ADMIN_PASSWORD'
  }
}
