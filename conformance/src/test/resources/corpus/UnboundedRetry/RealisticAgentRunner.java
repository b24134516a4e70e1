package corpus.unboundedretry;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/** An agent runner: a tool loop written as while (true), and the model call under it with its own retries. */
public class RealisticAgentRunner {
  private static final Logger LOG = Logger.getLogger(RealisticAgentRunner.class.getName());

  interface Turn {
    boolean finished();

    List<String> toolCalls();

    String content();
  }

  interface Llm {
    Turn respond(List<String> transcript) throws IOException;
  }

  interface ToolBox {
    String call(String toolCall);
  }

  private final Llm llm;
  private final ToolBox tools;
  private final int maxSteps;

  RealisticAgentRunner(Llm llm, ToolBox tools, int maxSteps) {
    this.llm = llm;
    this.tools = tools;
    this.maxSteps = maxSteps;
  }

  /**
   * The model decides when the agent is done; nothing else ends the loop. Not reported: the done test is read as a
   * poll's, but each turn comes from a helper of the class, which computes rather than asks (UnboundedRetry.md,
   * "Polling and result-checked loops", point 3; Known limits).
   */
  public String solve(String goal) throws IOException, InterruptedException {
    List<String> transcript = new ArrayList<>(List.of(goal));
    while (true) {
      Turn turn = nextTurn(transcript);
      if (turn.finished()) {
        return turn.content();
      }
      for (String call : turn.toolCalls()) {
        transcript.add(tools.call(call));
      }
    }
  }

  /** The same loop with a step budget. */
  public String solveWithinBudget(String goal) throws IOException, InterruptedException {
    List<String> transcript = new ArrayList<>(List.of(goal));
    for (int step = 0; step < maxSteps; step++) {
      Turn turn = nextTurn(transcript);
      if (turn.finished()) {
        return turn.content();
      }
      for (String call : turn.toolCalls()) {
        transcript.add(tools.call(call));
      }
    }
    throw new IllegalStateException("no answer within " + maxSteps + " steps");
  }

  /** Retries the model call; the attempt number is only logged, the warning only escalates. */
  Turn nextTurn(List<String> transcript) throws InterruptedException {
    for (int attempt = 1; ; attempt++) { // tracelint-expect: UnboundedRetry
      Turn turn;
      try {
        turn = llm.respond(transcript);
      } catch (IOException e) {
        if (attempt > 10) {
          LOG.severe("model call failing for " + attempt + " attempts: " + e.getMessage());
        }
        Thread.sleep(Math.min(1_000L * attempt, 30_000L));
        continue;
      }
      return turn;
    }
  }

  /** Same retry, giving up after ten attempts. */
  Turn nextTurnOrFail(List<String> transcript) throws IOException, InterruptedException {
    for (int attempt = 1; ; attempt++) {
      Turn turn;
      try {
        turn = llm.respond(transcript);
      } catch (IOException e) {
        if (attempt >= 10) {
          throw e;
        }
        Thread.sleep(Math.min(1_000L * attempt, 30_000L));
        continue;
      }
      return turn;
    }
  }
}
