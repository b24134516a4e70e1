package corpus.unboundedretry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A function-calling agent loop in the style of the OpenAI Java SDK samples. */
public class RealisticIssue10ToolCallingAgent {
  record ToolCall(String id, String name, String arguments) {}

  record AssistantTurn(String content, List<ToolCall> toolCalls) {
    boolean hasToolCalls() {
      return !toolCalls.isEmpty();
    }
  }

  interface ChatApi {
    AssistantTurn complete(List<String> messages);
  }

  private final ChatApi chat;
  private final Map<String, Function<String, String>> tools;
  private final int maxSteps;

  RealisticIssue10ToolCallingAgent(ChatApi chat, Map<String, Function<String, String>> tools, int maxSteps) {
    this.chat = chat;
    this.tools = tools;
    this.maxSteps = maxSteps;
  }

  public String solve(String task) {
    List<String> transcript = new ArrayList<>(List.of("user: " + task));
    AssistantTurn turn = chat.complete(transcript);
    while (turn.hasToolCalls()) { // tracelint-expect: UnboundedRetry
      for (ToolCall call : turn.toolCalls()) {
        String output = tools.get(call.name()).apply(call.arguments());
        transcript.add("tool " + call.id() + ": " + output);
      }
      turn = chat.complete(transcript);
    }
    return turn.content();
  }

  public String solveWithinBudget(String task) {
    List<String> transcript = new ArrayList<>(List.of("user: " + task));
    AssistantTurn turn = chat.complete(transcript);
    int steps = 0;
    while (turn.hasToolCalls() && steps++ < maxSteps) {
      for (ToolCall call : turn.toolCalls()) {
        transcript.add("tool " + call.id() + ": " + tools.get(call.name()).apply(call.arguments()));
      }
      turn = chat.complete(transcript);
    }
    return turn.content();
  }

  public List<String> runRequestedTools(AssistantTurn turn) {
    List<String> outputs = new ArrayList<>();
    for (ToolCall call : turn.toolCalls()) {
      outputs.add(tools.get(call.name()).apply(call.arguments()));
    }
    return outputs;
  }
}
