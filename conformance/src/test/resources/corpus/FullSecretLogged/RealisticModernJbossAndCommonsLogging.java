package corpus.fullsecretlogged;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jboss.logging.Logger;

/**
 * A Quarkus-style service (JBoss Logging) and a legacy adapter (Commons Logging) around a payment gateway client:
 * format precision and masks keep the key short; the adapter's concatenated debug line prints the password.
 */
public class RealisticModernJbossAndCommonsLogging {
  private static final Logger LOG = Logger.getLogger(RealisticModernJbossAndCommonsLogging.class);
  private static final Log LEGACY = LogFactory.getLog(RealisticModernJbossAndCommonsLogging.class);

  record GatewayLogin(String merchantId, String password, String apiKey) {
    @Override
    public String toString() {
      return "GatewayLogin[merchantId=" + merchantId + "]";
    }
  }

  public void connect(GatewayLogin login) {
    LOG.infof("connecting merchant %s with key %.4s...", login.merchantId(), login.apiKey());
    LOG.debugv("login {0}", login);
    LOG.tracef("password length %d", login.password().length());
    LEGACY.info("merchant " + login.merchantId() + " connected");
  }

  public void refund(GatewayLogin login, String orderId, long amountCents) {
    LOG.infov("refund of {0} cents on order {1} for merchant {2}", amountCents, orderId, login.merchantId());
    if (LEGACY.isDebugEnabled()) {
      LEGACY.debug("refund requested by " + login.merchantId() + " (key set: " + !login.apiKey().isEmpty() + ")");
    }
  }

  public void legacyDebug(GatewayLogin login) {
    LEGACY.debug("login " + login.merchantId() + ":" + login.password()); // tracelint-expect: FullSecretLogged -- password
  }

  public void quarkusDebug(GatewayLogin login) {
    LOG.debugf("key %s for %s", login.apiKey(), login.merchantId()); // tracelint-expect: FullSecretLogged -- apiKey
  }
}
