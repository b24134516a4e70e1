package corpus.unboundedretry;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A hand-written exporter that ships evaluation spans to an OTLP collector. The first version retries forever with a
 * growing pause, so a wrong endpoint keeps the job alive; the others stop after a number of attempts or a deadline.
 */
public class RealisticAppOtlpExportRetryLoop {
  private static final Logger log = LoggerFactory.getLogger(RealisticAppOtlpExportRetryLoop.class);
  private static final int MAX_ATTEMPTS = 5;

  interface OtlpClient {
    void export(List<byte[]> spans) throws IOException;
  }

  private final OtlpClient client;

  public RealisticAppOtlpExportRetryLoop(OtlpClient client) {
    this.client = client;
  }

  public void exportForever(List<byte[]> spans) throws InterruptedException {
    long backoffMillis = 200;
    while (true) { // tracelint-expect: UnboundedRetry
      try {
        client.export(spans);
        return;
      } catch (IOException e) {
        log.warn("export of {} spans failed, next try in {} ms", spans.size(), backoffMillis, e);
        Thread.sleep(backoffMillis);
        backoffMillis = Math.min(backoffMillis * 2, 30_000);
      }
    }
  }

  public void exportWithAttempts(List<byte[]> spans) throws InterruptedException {
    long backoffMillis = 200;
    for (int attempt = 1; ; attempt++) {
      try {
        client.export(spans);
        return;
      } catch (IOException e) {
        if (attempt == MAX_ATTEMPTS) {
          log.error("dropping {} spans after {} attempts", spans.size(), attempt, e);
          return;
        }
        Thread.sleep(backoffMillis);
        backoffMillis = Math.min(backoffMillis * 2, 30_000);
      }
    }
  }

  public boolean exportBefore(List<byte[]> spans, Duration budget) throws InterruptedException {
    Instant deadline = Instant.now().plus(budget);
    long backoffMillis = 200;
    while (Instant.now().isBefore(deadline)) {
      try {
        client.export(spans);
        return true;
      } catch (IOException e) {
        log.warn("export failed; {} left", Duration.between(Instant.now(), deadline), e);
        Thread.sleep(backoffMillis);
        backoffMillis = Math.min(backoffMillis * 2, 5_000);
      }
    }
    return false;
  }

  public void exportUntilSent(List<byte[]> spans) throws InterruptedException {
    boolean sent = false;
    int attempts = 0;
    while (!sent && attempts < MAX_ATTEMPTS) {
      attempts++;
      try {
        client.export(spans);
        sent = true;
      } catch (IOException e) {
        log.warn("attempt {} failed", attempts, e);
        Thread.sleep(100L * attempts);
      }
    }
  }
}
