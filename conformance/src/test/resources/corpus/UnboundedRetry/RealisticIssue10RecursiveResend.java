package corpus.unboundedretry;

import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A span batch sender that calls itself again when the collector refuses the batch. */
public class RealisticIssue10RecursiveResend {
  private static final Logger log = LoggerFactory.getLogger(RealisticIssue10RecursiveResend.class);

  interface Collector {
    void post(String endpoint, List<byte[]> batch) throws IOException;
  }

  private final Collector collector;
  private final String primary;
  private final String secondary;

  RealisticIssue10RecursiveResend(Collector collector, String primary, String secondary) {
    this.collector = collector;
    this.primary = primary;
    this.secondary = secondary;
  }

  public void send(List<byte[]> batch) {
    try {
      collector.post(primary, batch);
    } catch (IOException e) {
      log.warn("collector refused batch of {}, resending", batch.size(), e);
      send(batch); // tracelint-expect: UnboundedRetry
    }
  }

  public void sendTo(String endpoint, List<byte[]> batch) throws IOException {
    try {
      collector.post(endpoint, batch);
    } catch (IOException e) {
      if (endpoint.equals(primary)) {
        sendTo(secondary, batch);
      } else {
        throw e;
      }
    }
  }

  public void sendCounted(List<byte[]> batch, int retriesLeft) throws IOException {
    try {
      collector.post(primary, batch);
    } catch (IOException e) {
      if (retriesLeft == 0) {
        throw e;
      }
      sendCounted(batch, retriesLeft - 1);
    }
  }
}
