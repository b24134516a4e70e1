package corpus.unboundedretry.sdk;

import org.springframework.util.backoff.BackOff;

/**
 * An in-house message listener container: it re-connects to the broker after a lost connection, waiting as its
 * recovery backoff says, and redelivers a failed message as its delivery backoff says.
 */
public class BrokerListenerContainer {
  private BackOff recoveryBackOff;
  private BackOff backOff;

  public void setRecoveryBackOff(BackOff recoveryBackOff) {
    this.recoveryBackOff = recoveryBackOff;
  }

  public void setBackOff(BackOff backOff) {
    this.backOff = backOff;
  }

  public BackOff recoveryBackOff() {
    return recoveryBackOff;
  }

  public BackOff backOff() {
    return backOff;
  }
}
