package corpus.unboundedretry;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** An OTLP-style span sender: export a batch, retry transient failures, give up at the export deadline. */
public final class RealisticOtlpSpanSender {
  private static final Logger LOG = Logger.getLogger(RealisticOtlpSpanSender.class.getName());

  interface Transport {
    void post(byte[] payload) throws IOException;
  }

  private final Transport transport;
  private final Duration exportTimeout;

  RealisticOtlpSpanSender(Transport transport, Duration exportTimeout) {
    this.transport = transport;
    this.exportTimeout = exportTimeout;
  }

  /** Retries until the export deadline, doubling the delay up to a cap. */
  public boolean export(List<byte[]> spans) throws InterruptedException {
    byte[] payload = encode(spans);
    Instant deadline = Instant.now().plus(exportTimeout);
    long delayMs = 100;
    while (Instant.now().isBefore(deadline)) {
      try {
        transport.post(payload);
        return true;
      } catch (IOException e) {
        LOG.log(Level.FINE, "export failed, retrying in " + delayMs + " ms", e);
        Thread.sleep(delayMs);
        delayMs = Math.min(delayMs * 2, 5_000);
      }
    }
    LOG.warning("dropping " + spans.size() + " spans: export deadline passed");
    return false;
  }

  /** Shutdown flush: the elapsed time is measured, but only to be logged. */
  public void flushOnShutdown(List<byte[]> spans) throws InterruptedException {
    byte[] payload = encode(spans);
    long start = System.nanoTime();
    for (;;) { // tracelint-expect: UnboundedRetry
      try {
        transport.post(payload);
        break;
      } catch (IOException e) {
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        LOG.warning("flush still failing after " + elapsedMs + " ms: " + e.getMessage());
        Thread.sleep(1_000);
      }
    }
  }

  /** Same flush with the elapsed time used as a bound. */
  public void flushWithBudget(List<byte[]> spans) throws IOException, InterruptedException {
    byte[] payload = encode(spans);
    long start = System.nanoTime();
    for (;;) {
      try {
        transport.post(payload);
        break;
      } catch (IOException e) {
        if (System.nanoTime() - start > exportTimeout.toNanos()) {
          throw e;
        }
        Thread.sleep(1_000);
      }
    }
  }

  /** The metrics side channel: one quick retry, no more. */
  public void sendGauge(byte[] gauge) {
    for (int attempt = 0; attempt < 2; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        transport.post(gauge);
        return;
      } catch (IOException e) {
        LOG.fine("gauge send failed: " + e);
      }
    }
  }

  private static byte[] encode(List<byte[]> spans) {
    int size = 0;
    for (byte[] span : spans) {
      size += span.length;
    }
    return new byte[size];
  }
}
