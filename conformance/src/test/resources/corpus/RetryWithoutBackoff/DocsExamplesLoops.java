package corpus.retrywithoutbackoff;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeoutException;

/**
 * RetryWithoutBackoff's page, its loops as the page writes them: what counts as a wait, attempts that wait, status
 * checks, polls, failures a retry may follow at once, repairs, and the "Known limits" on waits.
 */
class DocsExamplesLoops {
  static final class VersionConflictException extends Exception {}

  static final class StatusException extends Exception {
    private final int code;

    StatusException(int code) {
      this.code = code;
    }

    int getCode() {
      return code;
    }
  }

  static final class CacheTimeoutException extends Exception {}

  private final DocsClient client;
  private final DocsMetrics metrics;
  private final DocsSettings settings;
  private final HttpClient http;

  DocsExamplesLoops(DocsClient client, DocsMetrics metrics, DocsSettings settings, HttpClient http) {
    this.client = client;
    this.metrics = metrics;
    this.settings = settings;
    this.http = http;
  }

  String acceptsProjectHelperNamedLikeASleep(String request) throws IOException {
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        return client.send(request);
      } catch (IOException e) {
        DocsPacing.sleepQuietly(200L << attempt);
      }
    }
    throw new IOException("gave up");
  }

  String flagsDelayOnlyRecorded(String request) throws IOException {
    for (int attempt = 0; attempt < 3; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        return client.send(request);
      } catch (IOException e) {
        metrics.recordRetryDelay(200L << attempt);
      }
    }
    throw new IOException("gave up");
  }

  String flagsBackoffOnlyLogged(String request) throws IOException {
    for (int attempt = 0; attempt < 3; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        return client.send(request);
      } catch (IOException e) {
        logBackoff(attempt);
      }
    }
    throw new IOException("gave up");
  }

  private void logBackoff(int attempt) {
    System.out.println("retrying, attempt " + attempt);
  }

  String flagsSpinWaitHint(String request) throws IOException {
    for (int attempt = 0; attempt < 3; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        return client.send(request);
      } catch (IOException e) {
        Thread.onSpinWait();
      }
    }
    throw new IOException("gave up");
  }

  String flagsRetryDelayReadButNotWaited(String request) throws IOException {
    for (int attempt = 0; attempt < 3; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        return client.send(request);
      } catch (IOException e) {
        System.out.println("would wait " + settings.getRetryDelayMillis() + " ms");
      }
    }
    throw new IOException("gave up");
  }

  String acceptsRetryDelayWaited(String request) throws IOException, InterruptedException {
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        return client.send(request);
      } catch (IOException e) {
        Thread.sleep(settings.getRetryDelayMillis());
      }
    }
    throw new IOException("gave up");
  }

  String flagsSemaphoreThatOnlyCapsConcurrency(String request, Semaphore permits)
      throws IOException, InterruptedException {
    for (int attempt = 0; attempt < 3; attempt++) { // tracelint-expect: RetryWithoutBackoff
      permits.acquire();
      try {
        return client.send(request);
      } catch (IOException e) {
        System.out.println("retrying");
      } finally {
        permits.release();
      }
    }
    throw new IOException("gave up");
  }

  String flagsFastFailureAroundACallGivenATimeout(String url) throws IOException {
    for (int attempt = 0; attempt < 3; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        return client.get(url, Duration.ofSeconds(2));
      } catch (IOException e) {
        System.out.println("retrying");
      }
    }
    throw new IOException("gave up");
  }

  String acceptsBudgetExpiryCaughtAroundACallGivenATimeout(String url) throws IOException {
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        return client.await(url, Duration.ofSeconds(2));
      } catch (TimeoutException e) {
        System.out.println("not yet");
      }
    }
    throw new IOException("gave up");
  }

  String flagsSwitchOnTheStatusGoingRoundOnTooManyRequests(HttpRequest request)
      throws IOException, InterruptedException {
    for (int attempt = 0; attempt < 3; attempt++) { // tracelint-expect: RetryWithoutBackoff
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      switch (response.statusCode()) {
        case 200:
          return response.body();
        case 429:
        case 529:
          continue;
        default:
          throw new IOException("status " + response.statusCode());
      }
    }
    throw new IOException("gave up");
  }

  String flagsPollUntilAnswered(String q) {
    String answer = null;
    while (answer == null) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      answer = client.ask(q);
    }
    return answer;
  }

  DocsJob flagsBoundedPollWithoutAWait(String name) {
    DocsJob job = client.getJob(name);
    int polls = 0;
    while (!job.isDone() && polls++ < 100) { // tracelint-expect: RetryWithoutBackoff
      job = client.getJob(name);
    }
    return job;
  }

  DocsJob flagsEndlessLoopEndedOnlyByADoneTest(String name) {
    DocsJob job;
    for (;;) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      job = client.getJob(name);
      if (job.isDone()) {
        return job;
      }
    }
  }

  String acceptsConversationThatGrowsEachTurn(List<String> messages) {
    String reply = client.chat(messages);
    int steps = 0;
    while (reply.startsWith("CALL ") && steps++ < 10) {
      String toolResult = client.runTool(reply);
      messages.add(toolResult);
      reply = client.chat(messages);
    }
    return reply;
  }

  void acceptsWriteConflictRetriedAtOnce(String key) throws VersionConflictException {
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        client.update(key);
        return;
      } catch (VersionConflictException e) {
        System.out.println("conflict, reading again");
      }
    }
  }

  void acceptsCatchThatGoesRoundOnlyOnAConflictStatus(String key, int maxRetries) throws StatusException {
    int retries = 0;
    while (true) {
      try {
        client.replace(key);
        return;
      } catch (StatusException e) {
        if (e.getCode() != HttpURLConnection.HTTP_CONFLICT || ++retries >= maxRetries) {
          throw e;
        }
      }
    }
  }

  String acceptsSameClassMethodThatSleeps(String request) throws IOException {
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        return client.send(request);
      } catch (IOException e) {
        pauseBeforeRetry(attempt);
      }
    }
    throw new IOException("gave up");
  }

  private void pauseBeforeRetry(int attempt) {
    try {
      Thread.sleep(100L << attempt);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  String acceptsSleepBeforeTheAttempt(String request) throws IOException, InterruptedException {
    for (int attempt = 0; attempt < 3; attempt++) {
      if (attempt > 0) {
        Thread.sleep(200L << attempt);
      }
      try {
        return client.send(request);
      } catch (IOException e) {
        System.out.println("retrying");
      }
    }
    throw new IOException("gave up");
  }

  DocsJob acceptsPollThatWaitsWithTimeUnitSleep(String name) throws InterruptedException {
    DocsJob job = client.getJob(name);
    int polls = 0;
    while (!job.isDone() && polls++ < 100) {
      java.util.concurrent.TimeUnit.SECONDS.sleep(1);
      job = client.getJob(name);
    }
    return job;
  }

  void acceptsHeartbeatLoopWithNoSuccessExit(String beat) {
    while (true) {
      try {
        client.send(beat);
      } catch (IOException e) {
        System.out.println("heartbeat failed");
      }
    }
  }

  String flagsWaitOnlyInsideALambda(String request, java.util.concurrent.Executor executor) throws IOException {
    for (int attempt = 0; attempt < 3; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        return client.send(request);
      } catch (IOException e) {
        executor.execute(() -> DocsPacing.sleepQuietly(1_000));
      }
    }
    throw new IOException("gave up");
  }

  List<String> acceptsSqlRepairedFromTheFailure(String sql) throws IOException {
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        return client.query(sql);
      } catch (IllegalStateException e) {
        sql = client.correct(sql, e.getMessage());
      }
    }
    throw new IOException("gave up");
  }

  List<String> flagsRepairBesideACatchThatOnlyLogs(String sql) throws IOException {
    for (int attempt = 0; attempt < 3; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        return client.query(sql);
      } catch (IllegalStateException e) {
        sql = client.correct(sql, e.getMessage());
      } catch (IOException e) {
        System.out.println("query failed, retrying");
      }
    }
    throw new IOException("gave up");
  }

  String acceptsWaitNamedOnAHelperOfAnotherClass(String request, DocsScheduler scheduler) throws IOException {
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        return client.send(request);
      } catch (IOException e) {
        scheduler.delayNext();
      }
    }
    throw new IOException("gave up");
  }

  void acceptsBudgetThatIsNoWaitReadAsPaced(String key, String value, Duration ttlTimeout)
      throws CacheTimeoutException {
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        client.put(key, value, ttlTimeout);
        return;
      } catch (CacheTimeoutException e) {
        System.out.println("cache slow, retrying");
      }
    }
  }
}

final class DocsPacing {
  private DocsPacing() {}

  static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

interface DocsClient {
  String send(String request) throws IOException;

  String get(String url, Duration timeout) throws IOException;

  String await(String url, Duration budget) throws TimeoutException;

  String ask(String q);

  DocsJob getJob(String name);

  String chat(List<String> messages);

  String runTool(String call);

  void update(String key) throws DocsExamplesLoops.VersionConflictException;

  void replace(String key) throws DocsExamplesLoops.StatusException;

  List<String> query(String sql) throws IOException;

  String correct(String sql, String error);

  void put(String key, String value, Duration ttlTimeout) throws DocsExamplesLoops.CacheTimeoutException;
}

interface DocsJob {
  boolean isDone();
}

interface DocsMetrics {
  void recordRetryDelay(long millis);
}

interface DocsSettings {
  long getRetryDelayMillis();
}

interface DocsScheduler {
  void delayNext();
}
