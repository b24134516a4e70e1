package corpus.unboundedretry;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A poll whose question is wrapped in a helper of the class: {@code status = fetchStatus(runId)} where the helper only
 * returns {@code runs.retrieve(threadId, runId).status()} asks the remote side as surely as the client call written in
 * the loop. A helper that computes anything else (a fallback, a value of its own, a step to the next page), one a
 * subclass may override, or a poll bounded by a count stays as before; so does a helper that computes with a
 * function (a lock made in a map of this process, a choice among candidates by a stream). Every loop that polls a
 * remote side waits between polls, so only this rule is in question.
 */
class PollsThroughAHelper {
  private static final Logger log = LoggerFactory.getLogger(PollsThroughAHelper.class);

  record Run(String status, String nextCursor) {}

  interface Runs {
    Run retrieve(String threadId, String runId) throws IOException;

    Run page(String cursor) throws IOException;
  }

  private final Runs runs;
  private final Map<String, String> statuses = new ConcurrentHashMap<>();
  private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();
  private final List<String> servers = new java.util.concurrent.CopyOnWriteArrayList<>();

  PollsThroughAHelper(Runs runs) {
    this.runs = runs;
  }

  String flagsStatusPolledThroughAHelper(String runId) throws IOException, InterruptedException {
    String status = fetchStatus(runId);
    while (!"completed".equals(status)) { // tracelint-expect: UnboundedRetry -- never gives up
      Thread.sleep(1_000);
      status = fetchStatus(runId);
    }
    return status;
  }

  Run flagsRunPolledThroughTwoHelpers(String threadId, String runId) throws IOException, InterruptedException {
    Run run;
    do { // tracelint-expect: UnboundedRetry -- never gives up
      Thread.sleep(500);
      run = currentRun(threadId, runId);
    } while (run.status().equals("queued") || run.status().equals("in_progress"));
    return run;
  }

  String flagsStatusPolledThroughAHelperThatLogs(String runId) throws IOException, InterruptedException {
    String status = loggedStatus(runId);
    while (!"completed".equals(status)) { // tracelint-expect: UnboundedRetry -- never gives up
      Thread.sleep(1_000);
      status = loggedStatus(runId);
    }
    return status;
  }

  ReentrantLock acceptsLockTakenFromAMapOfThisProcess(String id) {
    boolean obtained = false;
    ReentrantLock lock = null;
    while (!obtained) {
      lock = lockFor(id);
      obtained = lock.tryLock();
      if (!obtained) {
        locks.remove(id, lock);
      }
    }
    return lock;
  }

  String acceptsServerChosenByAHelperThatComputes(String preferred) throws InterruptedException {
    String server = choose(preferred);
    while (server == null) {
      Thread.sleep(50);
      server = choose(preferred);
    }
    return server;
  }

  String acceptsHelperBoundedByAnAttemptCount(String runId) throws IOException, InterruptedException {
    String status = fetchStatus(runId);
    int polls = 0;
    while (!"completed".equals(status) && polls++ < 60) {
      Thread.sleep(1_000);
      status = fetchStatus(runId);
    }
    return status;
  }

  String acceptsHelperWithAFallbackOfItsOwn(String runId) throws InterruptedException {
    String status = statusOrUnknown(runId);
    while (!"completed".equals(status)) {
      Thread.sleep(1_000);
      status = statusOrUnknown(runId);
    }
    return status;
  }

  String acceptsHelperThatComputesLocally(String runId) throws InterruptedException {
    String status = describe(runId);
    while (!"READY".equals(status)) {
      Thread.sleep(100);
      status = describe(runId);
    }
    return status;
  }

  String acceptsOverridableHelper(String runId) throws IOException, InterruptedException {
    String status = lookUpStatus(runId);
    while (!"completed".equals(status)) {
      Thread.sleep(1_000);
      status = lookUpStatus(runId);
    }
    return status;
  }

  Run acceptsPagesReadThroughAHelper(String cursor) throws IOException, InterruptedException {
    Run page = pageAt(cursor);
    while (!"last".equals(page.status())) {
      Thread.sleep(10);
      page = pageAt(page.nextCursor());
    }
    return page;
  }

  private String fetchStatus(String runId) throws IOException {
    return runs.retrieve("thread", runId).status();
  }

  private String loggedStatus(String runId) throws IOException {
    log.debug("polling run {}", runId);
    return runs.retrieve("thread", runId).status();
  }

  private ReentrantLock lockFor(String id) {
    return locks.computeIfAbsent(id, key -> new ReentrantLock());
  }

  private String choose(String preferred) {
    List<String> candidates = List.copyOf(servers);
    return candidates.stream().filter(preferred::equals).findAny().orElse(null);
  }

  private Run currentRun(String threadId, String runId) throws IOException {
    return retrieveRun(threadId, runId);
  }

  private Run retrieveRun(String threadId, String runId) throws IOException {
    return runs.retrieve(threadId, runId);
  }

  private String statusOrUnknown(String runId) {
    try {
      return runs.retrieve("thread", runId).status();
    } catch (IOException e) {
      return "unknown";
    }
  }

  private String describe(String runId) {
    return statuses.isEmpty() ? "PENDING" : "READY";
  }

  public String lookUpStatus(String runId) throws IOException {
    return runs.retrieve("thread", runId).status();
  }

  private Run pageAt(String cursor) throws IOException {
    return runs.page(cursor);
  }
}
