package corpus.unboundedretry;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeoutException;

/**
 * Polling and result-checked loops (docs/rules/UnboundedRetry.md, "Polling and result-checked loops"): a loop whose
 * condition only asks whether the result of a call it makes again is there yet retries until the remote side says
 * done, and never gives up unless something else bounds it. Every loop here waits between polls, so only this rule
 * is in question.
 */
class PollingLoops {
  enum State { PENDING, RUNNING, DONE }

  interface Operation {
    boolean isDone();

    String getName();

    State getState();

    String status();

    String nextPageToken();

    Operation reload();
  }

  interface OperationsClient {
    String ask(String question);

    Operation getOperation(String name);

    String status(String id);

    Operation list(String pageToken);

    Operation parentOf(Operation operation);
  }

  private final OperationsClient client;
  private static final int END_OF_STREAM = -1;

  private volatile boolean running = true;

  PollingLoops(OperationsClient client) {
    this.client = client;
  }

  String flagsAnswerPolledUntilPresent(String question) throws InterruptedException {
    String answer = client.ask(question);
    while (answer == null) { // tracelint-expect: UnboundedRetry -- until its result is ready
      Thread.sleep(1_000);
      answer = client.ask(question);
    }
    return answer;
  }

  String flagsAnswerAssignedInTheCondition(String question) throws InterruptedException {
    String answer;
    while ((answer = client.ask(question)) == null) { // tracelint-expect: UnboundedRetry
      Thread.sleep(1_000);
    }
    return answer;
  }

  Operation flagsOperationPolledByItsName(Operation started) throws InterruptedException {
    Operation operation = started;
    while (!operation.isDone()) { // tracelint-expect: UnboundedRetry
      Thread.sleep(1_000);
      operation = client.getOperation(operation.getName());
    }
    return operation;
  }

  Operation flagsOperationReloaded(Operation started) throws InterruptedException {
    Operation job = started;
    while (!job.isDone()) { // tracelint-expect: UnboundedRetry
      Thread.sleep(1_000);
      job = job.reload();
    }
    return job;
  }

  void flagsStatusPolledUntilReady(String id) throws InterruptedException {
    String status = client.status(id);
    while (!"READY".equals(status)) { // tracelint-expect: UnboundedRetry
      Thread.sleep(1_000);
      status = client.status(id);
    }
  }

  void flagsStateComparedWithAConstant(String name) throws InterruptedException {
    Operation operation = client.getOperation(name);
    while (operation.getState() != State.DONE) { // tracelint-expect: UnboundedRetry
      Thread.sleep(1_000);
      operation = client.getOperation(name);
    }
  }

  Operation flagsDoWhilePoll(String name) throws InterruptedException {
    Operation operation;
    do { // tracelint-expect: UnboundedRetry
      Thread.sleep(1_000);
      operation = client.getOperation(name);
    } while (operation == null || !operation.isDone());
    return operation;
  }

  Operation flagsPollWhoseOnlyExitIsInterruption(String name) {
    Operation operation = client.getOperation(name);
    while (!operation.isDone()) { // tracelint-expect: UnboundedRetry
      try {
        Thread.sleep(1_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
      operation = client.getOperation(name);
    }
    return operation;
  }

  Operation acceptsPollBoundedByAttempts(String name) throws InterruptedException {
    Operation operation = client.getOperation(name);
    int attempts = 0;
    while (!operation.isDone() && attempts++ < 30) {
      Thread.sleep(1_000);
      operation = client.getOperation(name);
    }
    return operation;
  }

  Operation acceptsPollBoundedByADeadline(String name) throws InterruptedException {
    long deadline = System.nanoTime() + 60_000_000_000L;
    Operation operation = client.getOperation(name);
    while (!operation.isDone() && System.nanoTime() < deadline) {
      Thread.sleep(1_000);
      operation = client.getOperation(name);
    }
    return operation;
  }

  Operation acceptsPollThatThrowsAtTheDeadline(String name, Instant deadline)
      throws InterruptedException, TimeoutException {
    Operation operation = client.getOperation(name);
    while (!operation.isDone()) {
      if (Instant.now().isAfter(deadline)) {
        throw new TimeoutException(name);
      }
      Thread.sleep(1_000);
      operation = client.getOperation(name);
    }
    return operation;
  }

  Operation acceptsPollStoppedByAFieldFlag(String name) throws InterruptedException {
    Operation operation = client.getOperation(name);
    while (running && !operation.isDone()) {
      Thread.sleep(1_000);
      operation = client.getOperation(name);
    }
    return operation;
  }

  void acceptsPagesReadWhileThereAreMore(String firstToken, List<String> out) {
    Operation page = client.list(firstToken);
    while (page != null) {
      out.add(page.status());
      page = client.list(page.nextPageToken());
    }
  }

  void acceptsPagesSteppedByTheirToken(String firstToken, List<String> out) {
    Operation page = client.list(firstToken);
    while (!page.isDone()) {
      out.add(page.status());
      page = client.list(page.nextPageToken());
    }
  }

  Operation acceptsWalkUpToTheRoot(Operation start) {
    Operation current = start;
    while (!current.isDone()) {
      current = client.parentOf(current);
    }
    return current;
  }

  int acceptsEventsReadUntilASentinel(Operation reader, List<String> out) {
    int event = reader.hashCode();
    while (event != END_OF_STREAM) {
      out.add(reader.status());
      event = client.status(reader.getName()).length();
    }
    return event;
  }

  String acceptsValueComputedByAHelperOfTheClass(String key) {
    String resolved;
    do {
      resolved = resolveLocally(key);
    } while (resolved == null);
    return resolved;
  }

  Operation acceptsDeadlineCheckedByAnAssertingHelper(String name, long endMillis) throws InterruptedException {
    Operation operation = null;
    do {
      if (System.currentTimeMillis() > endMillis) {
        failWithDiagnostics(name);
      }
      Thread.sleep(50);
      operation = client.getOperation(name);
    } while (operation == null);
    return operation;
  }

  private String resolveLocally(String key) {
    return key.isEmpty() ? null : key;
  }

  private static void failWithDiagnostics(String name) {
    throw new IllegalStateException(name + " did not appear in time");
  }

  void acceptsWaitOnAValueTheLoopDoesNotFetch(Operation operation) throws InterruptedException {
    while (!operation.isDone()) {
      Thread.sleep(1_000);
    }
  }

  void flagsDoneFlagSetFromTheRepolledResult(Operation submitted) throws InterruptedException {
    Operation operation = submitted;
    boolean done = false;
    while (!done) { // tracelint-expect: UnboundedRetry -- until its result is ready
      Thread.sleep(1_000);
      operation = client.getOperation(operation.getName());
      done = operation.isDone();
    }
  }

  void flagsDoneFlagSetFromAResultDeclaredInTheLoop(String name) throws InterruptedException {
    boolean finished = false;
    while (!finished) { // tracelint-expect: UnboundedRetry -- until its result is ready
      Thread.sleep(1_000);
      Operation current = client.getOperation(name);
      finished = current.getState() == State.DONE || current.isDone();
    }
  }

  void acceptsDoneFlagSetFromAResultTheLoopDoesNotFetchAgain(Operation operation) throws InterruptedException {
    boolean done = false;
    while (!done) {
      Thread.sleep(1_000);
      done = operation.isDone();
    }
  }

  void acceptsDoneFlagSetFromPagesReadByTheirToken(String firstToken) {
    Operation page = client.list(firstToken);
    boolean last = false;
    while (!last) {
      page = client.list(page.nextPageToken());
      last = page.isDone();
    }
  }

  void acceptsDoneFlagSetFromAResultAndBoundedByTheClock(String name, long deadline) throws InterruptedException {
    boolean done = false;
    while (!done && System.nanoTime() < deadline) {
      Thread.sleep(1_000);
      Operation current = client.getOperation(name);
      done = current.isDone();
    }
  }

  void acceptsDoneFlagSetFromAResultAndFromElsewhere(String name) throws InterruptedException {
    boolean done = false;
    while (!done) {
      Thread.sleep(1_000);
      Operation current = client.getOperation(name);
      done = current.isDone();
      if (current.getState() == State.PENDING) {
        done = running;
      }
    }
  }
}
