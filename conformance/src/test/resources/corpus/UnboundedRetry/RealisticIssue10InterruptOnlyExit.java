package corpus.unboundedretry;

import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A trace shipper whose retry stops only when someone interrupts the thread. */
public class RealisticIssue10InterruptOnlyExit {
  private static final Logger log = LoggerFactory.getLogger(RealisticIssue10InterruptOnlyExit.class);

  interface CollectorClient {
    int export(List<byte[]> spans) throws IOException;
  }

  private final CollectorClient collector;

  RealisticIssue10InterruptOnlyExit(CollectorClient collector) {
    this.collector = collector;
  }

  public int ship(List<byte[]> spans) {
    for (;;) { // tracelint-expect: UnboundedRetry
      try {
        return collector.export(spans);
      } catch (IOException e) {
        log.warn("collector unreachable, retrying", e);
        try {
          Thread.sleep(2_000);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return -1;
        }
      }
    }
  }

  public int shipUntilInterrupted(List<byte[]> spans) throws InterruptedException {
    while (!Thread.currentThread().isInterrupted()) {
      try {
        return collector.export(spans);
      } catch (IOException e) {
        log.warn("collector unreachable, retrying", e);
        Thread.sleep(2_000);
      }
    }
    throw new InterruptedException("shipping interrupted");
  }

  public int shipBounded(List<byte[]> spans) throws IOException, InterruptedException {
    int attempt = 0;
    while (true) {
      try {
        return collector.export(spans);
      } catch (IOException e) {
        if (++attempt >= 5) {
          throw e;
        }
        Thread.sleep(500L * attempt);
      }
    }
  }
}
