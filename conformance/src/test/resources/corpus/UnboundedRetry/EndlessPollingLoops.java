package corpus.unboundedretry;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;

/**
 * Polling loops written as {@code while (true)} or {@code for (;;)} with the done test in the body
 * (docs/rules/UnboundedRetry.md, "Polling and result-checked loops"): {@code if (!reply.hasToolCalls()) return ..}
 * ends the loop exactly when {@code while (reply.hasToolCalls())} would, so the loop is judged as that one. Every loop
 * here waits between polls or changes its request, so only this rule is in question.
 */
class EndlessPollingLoops {
  interface Reply {
    boolean hasToolCalls();

    List<String> toolCalls();

    String text();
  }

  interface ChatModel {
    Reply chat(List<String> messages);
  }

  interface Job {
    boolean isDone();

    String id();

    String result();
  }

  interface JobsClient {
    Job get(String id);

    String answer(String question);
  }

  interface Event {
    boolean isShutdown();
  }

  private static final int MAX_STEPS = 12;

  private final ChatModel model;
  private final JobsClient jobs;
  private volatile boolean stopped;

  EndlessPollingLoops(ChatModel model, JobsClient jobs) {
    this.model = model;
    this.jobs = jobs;
  }

  String flagsAToolLoopThatOnlyTheModelEnds(String goal) {
    List<String> messages = new ArrayList<>(List.of(goal));
    while (true) { // tracelint-expect: UnboundedRetry -- until its result is ready
      Reply reply = model.chat(messages);
      if (!reply.hasToolCalls()) {
        return reply.text();
      }
      for (String call : reply.toolCalls()) {
        messages.add("tool result for " + call);
      }
    }
  }

  String flagsAJobPolledUntilDone(String id) throws InterruptedException {
    for (;;) { // tracelint-expect: UnboundedRetry -- until its result is ready
      Job job = jobs.get(id);
      if (job.isDone()) {
        return job.result();
      }
      Thread.sleep(2_000);
    }
  }

  String flagsAnAnswerPolledUntilPresent(String question) throws InterruptedException {
    String answer;
    while (true) { // tracelint-expect: UnboundedRetry
      answer = jobs.answer(question);
      if (answer != null) {
        break;
      }
      Thread.sleep(500);
    }
    return answer;
  }

  String acceptsAToolLoopWithAStepLimit(String goal) {
    List<String> messages = new ArrayList<>(List.of(goal));
    int steps = 0;
    while (true) {
      Reply reply = model.chat(messages);
      if (!reply.hasToolCalls() || ++steps > MAX_STEPS) {
        return reply.text();
      }
      messages.addAll(reply.toolCalls());
    }
  }

  String acceptsAJobPolledAgainstADeadline(String id, long deadlineNanos) throws InterruptedException {
    for (;;) {
      Job job = jobs.get(id);
      if (job.isDone()) {
        return job.result();
      }
      if (System.nanoTime() > deadlineNanos) {
        throw new IllegalStateException("job " + id + " still running");
      }
      Thread.sleep(2_000);
    }
  }

  String acceptsAPollThatAStopFlagAlsoEnds(String id) throws InterruptedException {
    while (true) {
      Job job = jobs.get(id);
      if (job.isDone()) {
        return job.result();
      }
      if (stopped) {
        return null;
      }
      Thread.sleep(2_000);
    }
  }

  void acceptsAnEventLoopEndedByItsShutdownEvent(BlockingQueue<Event> events) throws InterruptedException {
    while (true) {
      Event event = events.take();
      if (event.isShutdown()) {
        return;
      }
      handle(event);
    }
  }

  int acceptsAReaderDrainedToTheEnd(BufferedReader reader) throws IOException {
    int lines = 0;
    while (true) {
      String line = reader.readLine();
      if (line == null) {
        break;
      }
      lines++;
    }
    return lines;
  }

  String acceptsADoneTestThatIsNotTheOnlyExit(String id) throws InterruptedException {
    while (true) {
      Job job = jobs.get(id);
      if (job.isDone()) {
        return job.result();
      }
      for (int i = 0; i < 3; i++) {
        if (jobs.answer(id + "#" + i) != null) {
          return "answered";
        }
      }
      Thread.sleep(2_000);
    }
  }

  private void handle(Event event) {
    stopped = event == null;
  }
}
