package corpus.retrywithoutbackoff;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Polling loops (docs/rules/RetryWithoutBackoff.md, "Polling loops"): a loop that calls again until the result is
 * there, with no wait between the calls, hammers the remote side. A loop that waits, or that sends a new request
 * each turn (a tool-calling conversation), is not reported.
 */
class PollingLoops {
  interface Job {
    boolean isDone();

    String getName();
  }

  interface JobClient {
    Job getJob(String name);

    String ask(String question);

    Job chat(List<String> messages);
  }

  private final JobClient client;

  PollingLoops(JobClient client) {
    this.client = client;
  }

  String flagsAnswerPolledWithoutWaiting(String question) {
    String answer = client.ask(question);
    while (answer == null) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      answer = client.ask(question);
    }
    return answer;
  }

  Job flagsBoundedPollWithoutWaiting(String name) {
    Job job = client.getJob(name);
    int polls = 0;
    while (!job.isDone() && polls++ < 100) { // tracelint-expect: RetryWithoutBackoff -- without waiting between calls
      job = client.getJob(name);
    }
    return job;
  }

  Job acceptsBoundedPollWithASleep(String name) throws InterruptedException {
    Job job = client.getJob(name);
    int polls = 0;
    while (!job.isDone() && polls++ < 100) {
      Thread.sleep(500);
      job = client.getJob(name);
    }
    return job;
  }

  Job acceptsBoundedPollWithATimeUnitSleep(String name) throws InterruptedException {
    Job job = client.getJob(name);
    int polls = 0;
    do {
      TimeUnit.SECONDS.sleep(1);
      job = client.getJob(name);
    } while (!job.isDone() && polls++ < 100);
    return job;
  }

  Job acceptsBoundedConversationThatGrows(String question) {
    List<String> messages = new ArrayList<>(List.of(question));
    Job turn = client.chat(messages);
    int steps = 0;
    while (!turn.isDone() && steps++ < 10) {
      messages.add(turn.getName());
      turn = client.chat(messages);
    }
    return turn;
  }

  String acceptsCandidateNamesTriedInTurn(String base) {
    String registered = client.ask(base);
    int counter = 0;
    while (registered == null) {
      if (counter == 100) {
        throw new IllegalStateException("no free name for " + base);
      }
      registered = client.ask(base + "#" + counter);
      counter++;
    }
    return registered;
  }
}
