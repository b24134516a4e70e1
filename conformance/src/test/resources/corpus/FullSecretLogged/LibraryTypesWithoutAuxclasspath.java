package corpus.fullsecretlogged;

import io.grpc.CallCredentials;
import io.micronaut.http.BasicAuth;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.spi.ExtendedLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Library types that PMD without an auxclasspath cannot load, so that it judges them by name: a logger declared with a
 * type it does not know by its simple name ({@code ExtendedLogger}), or behind {@code var}, by the receiver's name; a
 * credentials object as a class type that did not resolve (not text, as with types); a getter on a library object by
 * its name (a secret, also inside {@code String.format}).
 */
class LibraryTypesWithoutAuxclasspath {
  private static final Logger log = LoggerFactory.getLogger(LibraryTypesWithoutAuxclasspath.class);
  private static final ExtendedLogger LOG = LogManager.getContext(false).getLogger("agent");

  void flagsSecretLoggedByALoggerOfATypeNotKnownByName(String apiKey) {
    LOG.info("key {}", apiKey); // tracelint-expect: FullSecretLogged -- logs the full secret 'apiKey'
  }

  void flagsSecretLoggedByAVarLoggerFromItsFactory(String token) {
    var logger = LoggerFactory.getLogger(LibraryTypesWithoutAuxclasspath.class);
    logger.warn("token " + token); // tracelint-expect: FullSecretLogged -- logs the full secret 'token'
  }

  void acceptsCredentialsObject(CallCredentials credentials) {
    log.info("credentials {}", credentials);
  }

  void acceptsCredentialsObjectFormattedByItsToString(CallCredentials credentials) {
    System.out.println(String.format("credentials info: %s", credentials.toString()));
  }

  void flagsPasswordGetterOfALibraryObject(BasicAuth basic) {
    log.info("password {}", basic.getPassword()); // tracelint-expect: FullSecretLogged -- logs the full secret 'getPassword()'
  }

  void flagsPasswordGetterOfALibraryObjectInsideStringFormat(BasicAuth basic) {
    System.out.println(String.format("password : %s", basic.getPassword())); // tracelint-expect: FullSecretLogged -- logs the full secret 'getPassword()'
  }
}
