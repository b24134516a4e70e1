package corpus.unboundedretry;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * UnboundedRetry's page, its polling loops, status-checked retries and methods that call themselves, as the page
 * writes them.
 */
class DocsExamplesPollsAndSelfCalls {
  private final HttpClient http;
  private final DocsOperations client;
  private final DocsChatModel model;
  private final ScheduledExecutorService scheduler;
  private volatile boolean running = true;

  DocsExamplesPollsAndSelfCalls(
      HttpClient http, DocsOperations client, DocsChatModel model, ScheduledExecutorService scheduler) {
    this.http = http;
    this.client = client;
    this.model = model;
    this.scheduler = scheduler;
  }

  HttpResponse<String> flagsSendAgainWhileUnavailable(HttpRequest request)
      throws IOException, InterruptedException {
    HttpResponse<String> response;
    do { // tracelint-expect: UnboundedRetry
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } while (response.statusCode() == 503);
    return response;
  }

  String acceptsFailFastOnAFailureStatus(HttpRequest request) throws IOException, InterruptedException {
    while (true) {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IOException("status " + response.statusCode());
      }
      return response.body();
    }
  }

  String acceptsStatusTestedInAHelper(HttpRequest request) throws IOException, InterruptedException {
    while (true) {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (shouldRetry(response)) {
        continue;
      }
      return response.body();
    }
  }

  private static boolean shouldRetry(HttpResponse<String> response) {
    return response.statusCode() >= 500;
  }

  String acceptsStatusCopiedIntoALocalComparedWithANumber(HttpRequest request)
      throws IOException, InterruptedException {
    int code = 0;
    String body = null;
    while (code != 200) {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      code = response.statusCode();
      body = response.body();
    }
    return body;
  }

  String flagsToolCallingLoopLeftOnlyWhenDone(java.util.List<String> messages) {
    DocsReply reply = model.chat(messages);
    while (true) { // tracelint-expect: UnboundedRetry
      if (!reply.hasToolCalls()) {
        return reply.text();
      }
      messages.add(client.runTools(reply));
      reply = model.chat(messages);
    }
  }

  String acceptsReplyPassedIntoTheNextCall(String prompt) {
    DocsReply reply = model.chat(java.util.List.of(prompt));
    while (true) {
      if (!reply.hasToolCalls()) {
        return reply.text();
      }
      reply = model.chat(java.util.List.of(prompt + client.runTools(reply)));
    }
  }

  String acceptsPollBoundedByAttempts(String name) throws InterruptedException {
    DocsOperation op = client.getOperation(name);
    int attempts = 0;
    while (!op.isDone() && attempts++ < 30) {
      Thread.sleep(1_000);
      op = client.getOperation(op.getName());
    }
    return op.getName();
  }

  String acceptsPollStoppedByAFieldFlag(String name) throws InterruptedException {
    DocsOperation op = client.getOperation(name);
    while (running && !op.isDone()) {
      Thread.sleep(1_000);
      op = client.getOperation(op.getName());
    }
    return op.getName();
  }

  void acceptsReadinessAskedWithoutAnArgument() throws InterruptedException {
    while (!client.isReady()) {
      Thread.sleep(1_000);
    }
  }

  void flagsReadinessAskedOfTheRemoteSide(String id) throws InterruptedException {
    while (!client.isReady(id)) { // tracelint-expect: UnboundedRetry
      Thread.sleep(1_000);
    }
  }

  byte[] acceptsFallbackTakenOnce(URI url, boolean insecure) {
    try {
      return client.download(url, insecure);
    } catch (IOException e) {
      if (!insecure) {
        return acceptsFallbackTakenOnce(url, true);
      }
      throw new IllegalStateException("download failed", e);
    }
  }

  byte[] flagsFlagAlternatedForever(URI url, boolean insecure) {
    try {
      return client.download(url, insecure);
    } catch (IOException e) {
      return flagsFlagAlternatedForever(url, !insecure); // tracelint-expect: UnboundedRetry
    }
  }

  byte[] flagsSameArgumentsBehindAGuard(URI url, boolean insecure) {
    try {
      return client.download(url, insecure);
    } catch (IOException e) {
      if (!insecure) {
        return flagsSameArgumentsBehindAGuard(url, insecure); // tracelint-expect: UnboundedRetry
      }
      throw new IllegalStateException("download failed", e);
    }
  }

  String flagsRepairWithACountOnlyPassedOn(String prompt, int attemptsLeft) {
    try {
      return client.ask(prompt);
    } catch (IOException e) {
      return flagsRepairWithACountOnlyPassedOn(prompt + e.getMessage(), attemptsLeft - 1); // tracelint-expect: UnboundedRetry
    }
  }

  void acceptsRetryScheduledThroughAnExecutor(String batch) {
    try {
      client.ask(batch);
    } catch (IOException e) {
      scheduler.schedule(() -> acceptsRetryScheduledThroughAnExecutor(batch), 1, TimeUnit.SECONDS);
    }
  }

  CompletableFuture<String> flagsAsyncSelfRetry(String url) {
    return client.getAsync(url).exceptionallyCompose(e -> flagsAsyncSelfRetry(url)); // tracelint-expect: UnboundedRetry
  }

  CompletableFuture<String> acceptsAsyncSelfRetryWithAttemptsLeft(String url, int attemptsLeft) {
    return client
        .getAsync(url)
        .exceptionallyCompose(
            e ->
                attemptsLeft > 0
                    ? acceptsAsyncSelfRetryWithAttemptsLeft(url, attemptsLeft - 1)
                    : CompletableFuture.failedFuture(e));
  }

  CompletableFuture<String> acceptsAsyncFallbackToAnotherSource(String url, String secondary) {
    return client.getAsync(url).exceptionallyCompose(e -> client.getAsync(secondary));
  }
}

interface DocsOperations {
  DocsOperation getOperation(String name);

  boolean isReady();

  boolean isReady(String id);

  byte[] download(URI url, boolean insecure) throws IOException;

  String ask(String prompt) throws IOException;

  CompletableFuture<String> getAsync(String url);

  String runTools(DocsReply reply);
}

interface DocsOperation {
  boolean isDone();

  String getName();
}

interface DocsChatModel {
  DocsReply chat(java.util.List<String> messages);
}

interface DocsReply {
  boolean hasToolCalls();

  String text();
}
