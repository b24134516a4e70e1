package corpus.fullsecretlogged;

import java.util.logging.Level;

/** java.util.logging, Commons Logging, JBoss Logging and the console. */
class OtherLoggersAndConsole {
  private static final java.util.logging.Logger JUL =
      java.util.logging.Logger.getLogger(OtherLoggersAndConsole.class.getName());
  private static final org.apache.commons.logging.Log COMMONS =
      org.apache.commons.logging.LogFactory.getLog(OtherLoggersAndConsole.class);
  private static final org.jboss.logging.Logger JBOSS =
      org.jboss.logging.Logger.getLogger(OtherLoggersAndConsole.class);

  void log(String dbPassword) {
    JUL.info("db password " + dbPassword); // tracelint-expect: FullSecretLogged
    JUL.log(Level.FINE, "db password {0}", dbPassword); // tracelint-expect: FullSecretLogged
    JUL.logp(Level.FINE, "OtherLoggersAndConsole", "log", "pw {0}", dbPassword); // tracelint-expect: FullSecretLogged
    COMMONS.warn("db password " + dbPassword); // tracelint-expect: FullSecretLogged
    JBOSS.infof("db password %s", dbPassword); // tracelint-expect: FullSecretLogged
    JUL.info("db password set: " + !dbPassword.isEmpty());
    JBOSS.infof("db password length %d", dbPassword.length());
  }

  void print(String bearerToken) {
    System.out.println("Authorization: Bearer " + bearerToken); // tracelint-expect: FullSecretLogged
    System.err.printf("token=%s%n", bearerToken); // tracelint-expect: FullSecretLogged
    System.out.println("token starts with " + bearerToken.substring(0, 6));
    System.out.println("Enter your password:");
  }
}
