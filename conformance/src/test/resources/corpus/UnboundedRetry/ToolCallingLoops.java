package corpus.unboundedretry;

import java.util.ArrayList;
import java.util.List;

/**
 * LLM tool-calling loops (docs/rules/UnboundedRetry.md, "Polling and result-checked loops"): the model is called again
 * for as long as its answer asks for tools. Its output decides when the loop ends, so with no step limit a model that
 * keeps asking never lets it end. Each turn sends the conversation grown by the last answer: a new request, so
 * RetryWithoutBackoff has nothing to say.
 */
class ToolCallingLoops {
  interface ChatResponse {
    boolean hasToolCalls();

    List<String> toolCalls();

    String text();
  }

  interface ChatModel {
    ChatResponse chat(List<String> messages);
  }

  interface Tools {
    String execute(List<String> calls);
  }

  private final ChatModel model;
  private final Tools tools;
  private final int maxSteps;

  ToolCallingLoops(ChatModel model, Tools tools, int maxSteps) {
    this.model = model;
    this.tools = tools;
    this.maxSteps = maxSteps;
  }

  String flagsToolLoopWithoutAStepLimit(String question) {
    List<String> messages = new ArrayList<>(List.of(question));
    ChatResponse response = model.chat(messages);
    while (response.hasToolCalls()) { // tracelint-expect: UnboundedRetry -- never gives up
      messages.add(response.text());
      messages.add(tools.execute(response.toolCalls()));
      response = model.chat(messages);
    }
    return response.text();
  }

  String flagsToolLoopOnANonEmptyList(String question) {
    List<String> messages = new ArrayList<>(List.of(question));
    ChatResponse response = model.chat(messages);
    while (!response.toolCalls().isEmpty()) { // tracelint-expect: UnboundedRetry
      messages.add(tools.execute(response.toolCalls()));
      response = model.chat(messages);
    }
    return response.text();
  }

  String acceptsToolLoopWithAStepLimitInTheCondition(String question) {
    List<String> messages = new ArrayList<>(List.of(question));
    ChatResponse response = model.chat(messages);
    int steps = 0;
    while (response.hasToolCalls() && steps++ < maxSteps) {
      messages.add(tools.execute(response.toolCalls()));
      response = model.chat(messages);
    }
    return response.text();
  }

  String acceptsToolLoopCountedByAFor(String question) {
    List<String> messages = new ArrayList<>(List.of(question));
    ChatResponse response = model.chat(messages);
    for (int step = 0; step < maxSteps && response.hasToolCalls(); step++) {
      messages.add(tools.execute(response.toolCalls()));
      response = model.chat(messages);
    }
    return response.text();
  }

  String acceptsToolLoopThatThrowsAfterTooManySteps(String question) {
    List<String> messages = new ArrayList<>(List.of(question));
    ChatResponse response = model.chat(messages);
    int steps = 0;
    while (response.hasToolCalls()) {
      if (++steps > maxSteps) {
        throw new IllegalStateException("the model asked for tools " + steps + " times");
      }
      messages.add(tools.execute(response.toolCalls()));
      response = model.chat(messages);
    }
    return response.text();
  }
}
