package corpus.unboundedretry;

import java.util.List;

/**
 * Agent loops at the edge of the rule's reach (UnboundedRetry "Polling and result-checked loops" and "Known limits"): a
 * done test in the body of a while (true) is read as the poll it negates, so a conversation only the model ends is
 * reported; so is a condition that asks the remote side directly whether a job is ready.
 */
public class RealisticIssue10DocumentedPollLimits {
  record Turn(String text, boolean finished) {}

  interface Agent {
    Turn respond(List<String> transcript);

    boolean isReady(String jobId);
  }

  private final Agent agent;

  RealisticIssue10DocumentedPollLimits(Agent agent) {
    this.agent = agent;
  }

  public String converse(List<String> transcript) {
    while (true) { // tracelint-expect: UnboundedRetry -- until its result is ready
      Turn turn = agent.respond(transcript);
      transcript.add(turn.text());
      if (turn.finished()) {
        return turn.text();
      }
    }
  }

  public void awaitReady(String jobId) throws InterruptedException {
    while (!agent.isReady(jobId)) { // tracelint-expect: UnboundedRetry -- until its result is ready
      Thread.sleep(500);
    }
  }
}
