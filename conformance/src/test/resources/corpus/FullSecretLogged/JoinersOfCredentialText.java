package corpus.fullsecretlogged;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A mail relay for an agent's notifications, describing its settings with StringJoiner: what a joiner is given is in
 * its text, as a builder's appends are.
 */
public class JoinersOfCredentialText {
  private static final Logger log = LoggerFactory.getLogger(JoinersOfCredentialText.class);

  private final String smtpHost;
  private final String smtpUser;
  private final String smtpPassword;
  private final int port;

  public JoinersOfCredentialText(String smtpHost, String smtpUser, String smtpPassword, int port) {
    this.smtpHost = smtpHost;
    this.smtpUser = smtpUser;
    this.smtpPassword = smtpPassword;
    this.port = port;
  }

  public void describe() {
    StringJoiner settings = new StringJoiner(", ", "smtp{", "}");
    settings.add("host=" + smtpHost).add("port=" + port);
    settings.add("login=" + smtpUser + ":" + smtpPassword);
    log.info("relay {}", settings); // tracelint-expect: FullSecretLogged
  }

  public void describeInline() {
    log.debug(new StringJoiner(" ").add(smtpUser).add(smtpPassword).toString()); // tracelint-expect: FullSecretLogged
  }

  public void describeSafely() {
    StringJoiner settings = new StringJoiner(", ", "smtp{", "}");
    settings.add("host=" + smtpHost).add("port=" + port);
    settings.add("login=" + smtpUser + ":****");
    log.info("relay {}", settings);
  }

  public void describePresence() {
    StringJoiner settings = new StringJoiner("; ");
    settings.add(smtpHost).add("password " + (smtpPassword.isEmpty() ? "missing" : "set"));
    log.info("relay {}", settings.toString());
  }

  public void describeNames() {
    List<String> required = new ArrayList<>();
    required.add(smtpPassword);
    StringJoiner missing = new StringJoiner(", ");
    missing.add("SMTP_HOST").add("SMTP_PASSWORD");
    log.warn("relay needs {} ({} values given)", missing, required.size());
  }
}
