package corpus.unboundedretry;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A customer-support agent that calls tools until the model answers. The first loop lets the model decide alone when
 * it is done, so a model that keeps asking for tools never returns; the others cap the steps or the tool calls.
 */
public class RealisticAppSupportAgentLoop {
  record ToolRequest(String name, String argumentsJson) {}

  record ModelTurn(String text, List<ToolRequest> toolRequests) {}

  interface ChatModel {
    ModelTurn chat(List<String> messages) throws IOException;
  }

  private final ChatModel model;
  private final Map<String, Function<String, String>> tools;

  public RealisticAppSupportAgentLoop(ChatModel model, Map<String, Function<String, String>> tools) {
    this.model = model;
    this.tools = tools;
  }

  public String answer(String question) throws IOException {
    List<String> messages = new ArrayList<>(List.of("user: " + question));
    while (true) { // tracelint-expect: UnboundedRetry
      ModelTurn turn = model.chat(messages);
      if (turn.toolRequests().isEmpty()) {
        return turn.text();
      }
      for (ToolRequest request : turn.toolRequests()) {
        messages.add("tool " + request.name() + ": " + run(request));
      }
    }
  }

  public String answerWithinSteps(String question, int maxSteps) throws IOException {
    List<String> messages = new ArrayList<>(List.of("user: " + question));
    for (int step = 0; ; step++) {
      ModelTurn turn = model.chat(messages);
      if (turn.toolRequests().isEmpty() || step >= maxSteps) {
        return turn.text();
      }
      turn.toolRequests().forEach(request -> messages.add("tool " + request.name() + ": " + run(request)));
    }
  }

  public String answerWithToolBudget(String question, int toolBudget) throws IOException {
    List<String> messages = new ArrayList<>(List.of("user: " + question));
    int toolCalls = 0;
    ModelTurn turn = model.chat(messages);
    while (!turn.toolRequests().isEmpty()) {
      toolCalls += turn.toolRequests().size();
      if (toolCalls > toolBudget) {
        return "I could not finish this request within the tool budget.";
      }
      for (ToolRequest request : turn.toolRequests()) {
        messages.add("tool " + request.name() + ": " + run(request));
      }
      turn = model.chat(messages);
    }
    return turn.text();
  }

  private String run(ToolRequest request) {
    Function<String, String> tool = tools.get(request.name());
    return tool == null ? "unknown tool " + request.name() : tool.apply(request.argumentsJson());
  }
}
