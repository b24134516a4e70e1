package corpus.retrywithoutbackoff.inhouse.sdk;

import java.io.IOException;

/**
 * An in-house collector client. {@code sendPaced} retries inside with its own backoff before it throws, so the
 * BackoffMethods option lists it as self-paced; {@code send} tries once.
 */
public class CollectorClient {
  public void send(String batch) throws IOException {}

  public void sendPaced(String batch) throws IOException {}
}
