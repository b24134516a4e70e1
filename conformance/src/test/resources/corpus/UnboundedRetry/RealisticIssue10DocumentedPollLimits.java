package corpus.unboundedretry;

import java.util.List;

/**
 * Agent loops the rule's page lists as out of reach (UnboundedRetry "Known limits"): a done test in the body of a
 * while (true), a condition that calls the remote side directly. Kept at what the page promises: no finding.
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
    while (true) {
      Turn turn = agent.respond(transcript);
      transcript.add(turn.text());
      if (turn.finished()) {
        return turn.text();
      }
    }
  }

  public void awaitReady(String jobId) throws InterruptedException {
    while (!agent.isReady(jobId)) {
      Thread.sleep(500);
    }
  }
}
