package corpus.unboundedretry;

import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A {@code poll} given what identifies the run it asks about is a request for that run's state, not the next item of
 * a source: a loop that asks it again until the answer says done polls without end. A queue's timed {@code poll} and
 * a poll of a source by its name take the next item, and a deadline bounds a poll.
 */
class PollsOfARunById {
  record RunView(String id, boolean done, String output) {}

  interface Runs {
    RunView poll(String runId);
  }

  interface Broker {
    String poll(String queueName);
  }

  private final Runs runs;
  private final Broker broker;
  private final BlockingQueue<String> inbox;
  private volatile boolean serving = true;

  PollsOfARunById(Runs runs, Broker broker, BlockingQueue<String> inbox) {
    this.runs = runs;
    this.broker = broker;
    this.inbox = inbox;
  }

  String flagsARunPolledByItsIdUntilDone(String runId) throws InterruptedException {
    RunView view;
    do { // tracelint-expect: UnboundedRetry
      Thread.sleep(3_000);
      view = runs.poll(runId);
    } while (!view.done());
    return view.output();
  }

  String flagsAnEndlessPollOfARunById(RunView started) throws InterruptedException {
    while (true) { // tracelint-expect: UnboundedRetry
      RunView view = runs.poll(started.id());
      if (view.done()) {
        return view.output();
      }
      TimeUnit.SECONDS.sleep(2);
    }
  }

  String acceptsARunPolledUntilADeadline(String runId, Instant giveUpAt) throws InterruptedException {
    RunView view = runs.poll(runId);
    while (!view.done() && Instant.now().isBefore(giveUpAt)) {
      Thread.sleep(3_000);
      view = runs.poll(runId);
    }
    return view.done() ? view.output() : null;
  }

  int acceptsAQueueDrainedByName(String queueName) {
    int taken = 0;
    while (broker.poll(queueName) != null) {
      taken++;
    }
    return taken;
  }

  void acceptsATimedPollOfAnInbox() throws InterruptedException {
    while (serving) {
      String message = inbox.poll(1, TimeUnit.SECONDS);
      if (message == null) {
        continue;
      }
      System.out.println("received " + message.length() + " characters");
    }
  }
}
