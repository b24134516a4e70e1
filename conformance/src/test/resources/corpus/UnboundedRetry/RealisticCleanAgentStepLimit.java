package corpus.unboundedretry;

import java.util.ArrayList;
import java.util.List;

/** A ReAct-style agent loop: every turn is bounded by a step limit; tool failures are fed back to the model. */
public class RealisticCleanAgentStepLimit {
  record Turn(String toolName, String toolInput, String finalAnswer) {
    boolean isFinal() {
      return finalAnswer != null;
    }
  }

  interface Model {
    Turn next(List<String> transcript);
  }

  interface Tools {
    String run(String name, String input) throws Exception;
  }

  private final Model model;
  private final Tools tools;
  private final int maxSteps;

  RealisticCleanAgentStepLimit(Model model, Tools tools, int maxSteps) {
    this.model = model;
    this.tools = tools;
    this.maxSteps = maxSteps;
  }

  public String run(String task) {
    List<String> transcript = new ArrayList<>();
    transcript.add("user: " + task);
    for (int step = 0; step < maxSteps; step++) {
      Turn turn = model.next(transcript);
      if (turn.isFinal()) {
        return turn.finalAnswer();
      }
      try {
        transcript.add("tool " + turn.toolName() + ": " + tools.run(turn.toolName(), turn.toolInput()));
      } catch (Exception e) {
        transcript.add("tool " + turn.toolName() + " failed: " + e.getMessage());
      }
    }
    return "Stopped after " + maxSteps + " steps without an answer.";
  }

  public String runUntilBudget(String task, int tokenBudget) {
    List<String> transcript = new ArrayList<>(List.of("user: " + task));
    int steps = 0;
    int used = 0;
    while (steps++ < maxSteps && used < tokenBudget) {
      Turn turn = model.next(transcript);
      if (turn.isFinal()) {
        return turn.finalAnswer();
      }
      String observation;
      try {
        observation = tools.run(turn.toolName(), turn.toolInput());
      } catch (Exception e) {
        observation = "error: " + e.getClass().getSimpleName();
      }
      used += observation.length() / 4;
      transcript.add(observation);
    }
    return "";
  }
}
