package corpus.unboundedretry;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A webhook relay whose catch blocks call a helper of the class to deal with the failure. */
public class RealisticIssue10CatchHandedToLogHelper {
  private static final Logger LOG = LoggerFactory.getLogger(RealisticIssue10CatchHandedToLogHelper.class);

  static final class FatalDeliveryException extends RuntimeException {
    FatalDeliveryException(Throwable cause) {
      super(cause);
    }
  }

  private final HttpClient http;

  RealisticIssue10CatchHandedToLogHelper(HttpClient http) {
    this.http = http;
  }

  public String relay(HttpRequest request) throws InterruptedException {
    while (true) { // tracelint-expect: UnboundedRetry
      try {
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
      } catch (IOException e) {
        onDeliveryFailure(request, e);
        Thread.sleep(1_000);
      }
    }
  }

  public String relayOrGiveUp(HttpRequest request) throws InterruptedException {
    while (true) {
      try {
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
      } catch (IOException e) {
        rethrowIfPermanent(e);
        Thread.sleep(1_000);
      }
    }
  }

  public String relayWithPolicy(HttpRequest request) throws InterruptedException {
    while (true) {
      try {
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
      } catch (IOException e) {
        decide(e);
        Thread.sleep(1_000);
      }
    }
  }

  private void onDeliveryFailure(HttpRequest request, IOException failure) {
    LOG.warn("delivery to {} failed: {}", request.uri(), failure.getMessage());
    describe(failure);
  }

  private static void describe(Throwable failure) {
    LOG.debug("cause", failure);
  }

  private void rethrowIfPermanent(IOException failure) {
    if (failure.getMessage() != null && failure.getMessage().contains("410")) {
      throw new FatalDeliveryException(failure);
    }
    LOG.info("transient delivery failure", failure);
  }

  protected void decide(IOException failure) {
    LOG.info("delivery failed", failure);
  }
}
