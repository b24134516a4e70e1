package corpus.fullsecretlogged;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Log4j 2's LogBuilder and supplier overloads in a webhook dispatcher: subscriptions are logged by id and target,
 * their signing secrets by fingerprint, and one error line logs a whole subscription record that prints its secret.
 */
public class RealisticModernLog4jBuilders {
  private static final Logger log = LogManager.getLogger();

  record Subscription(String id, String targetUrl, String signingSecret) {}

  record Delivery(String subscriptionId, int status, long millis) {}

  interface Sender {
    Delivery send(Subscription subscription, String payload) throws java.io.IOException;
  }

  private final Sender sender;

  public RealisticModernLog4jBuilders(Sender sender) {
    this.sender = sender;
  }

  static String fingerprint(String secret) {
    return Integer.toHexString(secret.hashCode());
  }

  public List<Delivery> deliver(List<Subscription> subscriptions, String payload) {
    log.atInfo().log("delivering to {} subscriptions", subscriptions.size());
    Map<String, String> targets =
        subscriptions.stream().collect(Collectors.toMap(Subscription::id, Subscription::targetUrl));
    log.atDebug().log("targets {}", targets);
    return subscriptions.stream()
        .map(s -> deliverOne(s, payload))
        .filter(d -> d != null)
        .toList();
  }

  private Delivery deliverOne(Subscription subscription, String payload) {
    try {
      Delivery delivery = sender.send(subscription, payload);
      log.atDebug()
          .log("delivered {} in {} ms (secret {})", delivery.subscriptionId(), delivery.millis(),
              fingerprint(subscription.signingSecret()));
      return delivery;
    } catch (java.io.IOException e) {
      log.atWarn().withThrowable(e).log("delivery to {} failed", subscription::targetUrl);
      return null;
    }
  }

  public void rejectSubscription(Subscription subscription, String reason) {
    log.error("rejected subscription {}: {}", subscription, reason); // tracelint-expect: FullSecretLogged -- 'subscription' whose toString prints 'signingSecret'
  }

  public void logSecretSupplier(Subscription subscription) {
    log.debug("secret for {} is {}", subscription::id, subscription::signingSecret); // tracelint-expect: FullSecretLogged -- signingSecret
  }
}
