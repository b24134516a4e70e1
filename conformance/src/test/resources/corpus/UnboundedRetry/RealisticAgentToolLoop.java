package corpus.unboundedretry;

import java.util.ArrayList;
import java.util.List;

/** An agent that lets the model call tools until it answers, in the style of the Anthropic messages API. */
public class RealisticAgentToolLoop {
  interface ToolUse {
    String name();

    String input();
  }

  interface Message {
    String stopReason();

    List<ToolUse> toolUses();

    String text();
  }

  interface MessagesApi {
    Message create(List<String> conversation, List<String> toolSpecs);
  }

  interface ToolRegistry {
    List<String> specs();

    String invoke(String name, String input);
  }

  private final MessagesApi api;
  private final ToolRegistry tools;
  private final int maxTurns;

  public RealisticAgentToolLoop(MessagesApi api, ToolRegistry tools, int maxTurns) {
    this.api = api;
    this.tools = tools;
    this.maxTurns = maxTurns;
  }

  public String run(String task) {
    List<String> conversation = new ArrayList<>();
    conversation.add(task);
    for (int turn = 0; turn < maxTurns; turn++) {
      Message message = api.create(conversation, tools.specs());
      if (!"tool_use".equals(message.stopReason())) {
        return message.text();
      }
      conversation.add(message.text());
      for (ToolUse use : message.toolUses()) {
        conversation.add(tools.invoke(use.name(), use.input()));
      }
    }
    throw new IllegalStateException("agent did not finish in " + maxTurns + " turns");
  }

  /** The research agent: it calls tools for as long as the model keeps asking for them. */
  public String research(String question) {
    List<String> conversation = new ArrayList<>();
    conversation.add(question);
    Message message = api.create(conversation, tools.specs());
    while ("tool_use".equals(message.stopReason())) { // tracelint-expect: UnboundedRetry
      for (ToolUse use : message.toolUses()) {
        conversation.add(tools.invoke(use.name(), use.input()));
      }
      message = api.create(conversation, tools.specs());
    }
    return message.text();
  }

  /** A bounded variant that counts turns in the condition. */
  public String summarize(String document) {
    List<String> conversation = new ArrayList<>();
    conversation.add("Summarize:\n" + document);
    Message message = api.create(conversation, tools.specs());
    int turns = 0;
    while (!message.toolUses().isEmpty() && turns++ < maxTurns) {
      for (ToolUse use : message.toolUses()) {
        conversation.add(tools.invoke(use.name(), use.input()));
      }
      message = api.create(conversation, tools.specs());
    }
    return message.text();
  }
}
