package corpus.fullsecretlogged;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

/**
 * java.util.logging, {@code System.Logger}, Commons Logging, JBoss Logging and the console are sinks; a print stream
 * that is not the console, and calls that are not logging, are not judged.
 */
class OtherLoggersAndConsole {
  private static final java.util.logging.Logger JUL =
      java.util.logging.Logger.getLogger(OtherLoggersAndConsole.class.getName());
  private static final org.apache.commons.logging.Log COMMONS =
      org.apache.commons.logging.LogFactory.getLog(OtherLoggersAndConsole.class);
  private static final org.jboss.logging.Logger JBOSS =
      org.jboss.logging.Logger.getLogger(OtherLoggersAndConsole.class);

  private final List<String> headers = new ArrayList<>();

  void flagsJulConcatenation(String dbPassword) {
    JUL.info("db password " + dbPassword); // tracelint-expect: FullSecretLogged -- logs the full secret 'dbPassword'
  }

  void flagsJulParameter(String dbPassword) {
    JUL.log(Level.FINE, "db password {0}", dbPassword); // tracelint-expect: FullSecretLogged -- logs the full secret 'dbPassword'
  }

  void flagsJulLogp(String dbPassword) {
    JUL.logp(Level.FINE, "OtherLoggersAndConsole", "log", "pw {0}", dbPassword); // tracelint-expect: FullSecretLogged -- logs the full secret 'dbPassword'
  }

  void flagsJulArgumentArray(String password) {
    JUL.log(Level.INFO, "user {0} pw {1}", new Object[] {"u", password}); // tracelint-expect: FullSecretLogged -- logs the full secret 'password'
  }

  void flagsJulSevereWithStringFormat(String password) {
    JUL.severe(String.format("pw %s", password)); // tracelint-expect: FullSecretLogged -- logs the full secret 'password'
  }

  void acceptsPresenceCheckInAnArgumentArray(String password) {
    JUL.log(Level.INFO, "user {0} pw set {1}", new Object[] {"u", password != null});
  }

  void acceptsEmptinessCheck(String dbPassword) {
    JUL.info("db password set: " + !dbPassword.isEmpty());
  }

  void flagsCommonsLogging(String dbPassword) {
    COMMONS.warn("db password " + dbPassword); // tracelint-expect: FullSecretLogged -- logs the full secret 'dbPassword'
  }

  void flagsJbossInfof(String dbPassword) {
    JBOSS.infof("db password %s", dbPassword); // tracelint-expect: FullSecretLogged -- logs the full secret 'dbPassword'
  }

  void flagsJbossDebugf(String password) {
    JBOSS.debugf("pw %s", password); // tracelint-expect: FullSecretLogged -- logs the full secret 'password'
  }

  void acceptsJbossLength(String dbPassword) {
    JBOSS.infof("db password length %d", dbPassword.length());
  }

  void flagsSystemLoggerFromItsFactory(String password) {
    System.getLogger("a").log(System.Logger.Level.INFO, "pw {0}", password); // tracelint-expect: FullSecretLogged -- logs the full secret 'password'
  }

  void flagsSystemLoggerInALocal(String password) {
    System.Logger system = System.getLogger("a");
    system.log(System.Logger.Level.INFO, "pw {0}", password); // tracelint-expect: FullSecretLogged -- logs the full secret 'password'
  }

  void flagsPrintlnToStandardOut(String bearerToken) {
    System.out.println("Authorization: Bearer " + bearerToken); // tracelint-expect: FullSecretLogged -- logs the full secret 'bearerToken'
  }

  void flagsPrintfToStandardError(String bearerToken) {
    System.err.printf("token=%s%n", bearerToken); // tracelint-expect: FullSecretLogged -- logs the full secret 'bearerToken'
  }

  void flagsFormatToStandardError(String bearerToken) {
    System.err.format("token=%s%n", bearerToken); // tracelint-expect: FullSecretLogged -- logs the full secret 'bearerToken'
  }

  void flagsPrintOfATokenFromTheCommandLine(String[] args) {
    String token = args[0];
    System.err.print(token); // tracelint-expect: FullSecretLogged -- logs the full secret 'token'
  }

  void acceptsPrefixPrintedToTheConsole(String bearerToken) {
    System.out.println("token starts with " + bearerToken.substring(0, 6));
  }

  void acceptsPromptPrintedToTheConsole() {
    System.out.println("Enter your password:");
  }

  void acceptsPrintStreamThatIsNotTheConsole(PrintStream credentialsFile, String token) {
    credentialsFile.println(token);
  }

  void acceptsHeaderBuiltFromASecret(String apiKey) {
    headers.add("Bearer " + apiKey);
  }

  void acceptsSecretPassedToAMethodThatDoesNotLog(String apiKey) {
    send(apiKey);
  }

  void send(String value) {}
}
