package corpus.fullsecretlogged;

import java.text.MessageFormat;
import java.util.logging.Level;
import java.util.logging.Logger;
import okhttp3.Credentials;

/** A JUL-logging connector for a self-hosted trace store using Basic authentication. */
public class RealisticIssue10JulAndBasicCredentials {
  private static final Logger LOGGER = Logger.getLogger(RealisticIssue10JulAndBasicCredentials.class.getName());

  record StoreLogin(String user, char[] password, String realm) {}

  private final String user;
  private final String storePassword;

  RealisticIssue10JulAndBasicCredentials(String user, String storePassword) {
    this.user = user;
    this.storePassword = storePassword;
  }

  public String authorization() {
    String header = Credentials.basic(user, storePassword);
    LOGGER.log(Level.FINE, "Authorization: {0}", header); // tracelint-expect: FullSecretLogged
    return header;
  }

  /** The record prints its char[] component as an identity ([C@1b6d3586), not the password's characters. */
  public void describeLogin(StoreLogin login) {
    LOGGER.info(MessageFormat.format("login {0}", login));
  }

  public void dumpLoginPassword(StoreLogin login) {
    LOGGER.info(MessageFormat.format("password {0}", new String(login.password()))); // tracelint-expect: FullSecretLogged
  }

  public void describeUser(StoreLogin login) {
    LOGGER.info(MessageFormat.format("login {0} in {1}", login.user(), login.realm()));
  }

  public void announce() {
    LOGGER.log(Level.INFO, "connecting as {0} with a {1}-char password",
        new Object[] {user, storePassword.length()});
  }
}
