package corpus.unboundedretry;

import java.io.IOException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Polling loops whose attempt holds its response in a try-with-resources variable, or chooses the result with a
 * conditional that gives {@code null} for "not yet" (docs/rules/UnboundedRetry.md, "Polling and result-checked
 * loops"): the resource is a local of the attempt like any other, so {@code while (report == null)} around
 * {@code try (Response r = client.newCall(request).execute())} asks the server again and again, with no wait and no
 * bound, as the same loop with a plain local does. The same loops that wait and stop at a deadline or a count are
 * fine.
 */
class PollsAnsweredThroughAResource {
  interface Exports {
    boolean isReady(String exportId) throws IOException;

    String download(String exportId) throws IOException;
  }

  private final OkHttpClient http;

  PollsAnsweredThroughAResource(OkHttpClient http) {
    this.http = http;
  }

  String flagsReportPolledThroughAClosedResponse(Request statusRequest) {
    String report = null;
    while (report == null) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      try (Response response = http.newCall(statusRequest).execute()) {
        if (response.isSuccessful()) {
          report = response.body().string();
        }
      } catch (IOException e) {
        System.err.println("status check failed: " + e.getMessage());
      }
    }
    return report;
  }

  String flagsExportChosenByAReadinessConditional(Exports exports, String exportId) {
    String archive = null;
    do { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      try {
        archive = exports.isReady(exportId) ? exports.download(exportId) : null;
      } catch (IOException e) {
        System.err.println("export not there yet: " + e);
      }
    } while (archive == null);
    return archive;
  }

  String acceptsResourcePollThatPausesUntilADeadline(Request statusRequest, long budgetNanos)
      throws InterruptedException {
    long giveUpAt = System.nanoTime() + budgetNanos;
    String report = null;
    while (report == null && System.nanoTime() < giveUpAt) {
      try (Response response = http.newCall(statusRequest).execute()) {
        if (response.isSuccessful()) {
          report = response.body().string();
        }
      } catch (IOException e) {
        System.err.println("status check failed: " + e.getMessage());
      }
      Thread.sleep(2_000);
    }
    return report;
  }

  String acceptsResourcePollCountedAndPaced(Request statusRequest) throws InterruptedException {
    String body = null;
    int checks = 0;
    while (body == null && checks++ < 20) {
      try (Response response = http.newCall(statusRequest).execute()) {
        body = response.code() == 200 ? response.body().string() : null;
      } catch (IOException e) {
        System.err.println("status check failed: " + e.getMessage());
      }
      Thread.sleep(1_000L * checks);
    }
    return body;
  }

  String acceptsReadinessConditionalWithAPause(Exports exports, String exportId) throws InterruptedException {
    String archive = null;
    for (int round = 0; archive == null && round < 30; round++) {
      try {
        archive = exports.isReady(exportId) ? exports.download(exportId) : null;
      } catch (IOException e) {
        System.err.println("export not there yet: " + e);
      }
      Thread.sleep(500);
    }
    return archive;
  }
}
