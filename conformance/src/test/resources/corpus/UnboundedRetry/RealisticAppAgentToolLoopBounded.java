package corpus.unboundedretry;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A tool-calling agent: the model asks for tools until it answers. The step budget bounds the conversation; the
 * model call itself is retried a few times with a growing pause.
 */
public class RealisticAppAgentToolLoopBounded {
  private static final Logger log = LoggerFactory.getLogger(RealisticAppAgentToolLoopBounded.class);
  private static final int MAX_MODEL_ATTEMPTS = 3;

  record ToolCall(String id, String name, String arguments) {}

  record AssistantMessage(String text, List<ToolCall> toolCalls) {
    boolean hasToolCalls() {
      return toolCalls != null && !toolCalls.isEmpty();
    }
  }

  interface ChatModel {
    AssistantMessage chat(List<String> messages) throws IOException;
  }

  interface ToolExecutor {
    String execute(ToolCall call);
  }

  private final ChatModel model;
  private final ToolExecutor tools;
  private final int maxSteps;

  public RealisticAppAgentToolLoopBounded(ChatModel model, ToolExecutor tools, int maxSteps) {
    this.model = model;
    this.tools = tools;
    this.maxSteps = maxSteps;
  }

  public String run(String userMessage) throws IOException, InterruptedException {
    List<String> messages = new ArrayList<>(List.of("user: " + userMessage));
    AssistantMessage reply = callModel(messages);
    int steps = 0;
    while (reply.hasToolCalls() && steps++ < maxSteps) {
      for (ToolCall call : reply.toolCalls()) {
        messages.add("tool " + call.id() + ": " + tools.execute(call));
      }
      reply = callModel(messages);
    }
    if (reply.hasToolCalls()) {
      log.warn("agent stopped after {} steps with {} tool calls pending", steps, reply.toolCalls().size());
    }
    return reply.text();
  }

  public String runWithForLoop(String userMessage) throws IOException, InterruptedException {
    List<String> messages = new ArrayList<>(List.of("user: " + userMessage));
    AssistantMessage reply = callModel(messages);
    for (int step = 0; step < maxSteps && reply.hasToolCalls(); step++) {
      reply.toolCalls().forEach(call -> messages.add("tool: " + tools.execute(call)));
      reply = callModel(messages);
    }
    return reply.text();
  }

  private AssistantMessage callModel(List<String> messages) throws IOException, InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        return model.chat(messages);
      } catch (IOException e) {
        if (attempt >= MAX_MODEL_ATTEMPTS) {
          throw e;
        }
        log.warn("model call failed (attempt {}), retrying", attempt, e);
        Thread.sleep(250L << attempt);
      }
    }
  }
}
