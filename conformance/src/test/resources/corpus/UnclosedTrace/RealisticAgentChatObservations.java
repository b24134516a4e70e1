package corpus.unclosedtrace;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

/** Micrometer Observations around chat-model and tool calls, as a Spring AI application writes its own. */
public class RealisticAgentChatObservations {
  record ChatResponse(String text, int promptTokens, int completionTokens) {}

  interface ChatModel {
    ChatResponse call(String prompt);
  }

  interface Tool {
    String apply(String input);
  }

  private final ObservationRegistry registry;
  private final ChatModel chatModel;

  RealisticAgentChatObservations(ObservationRegistry registry, ChatModel chatModel) {
    this.registry = registry;
    this.chatModel = chatModel;
  }

  /** observe() starts, scopes, records the error and stops. */
  public ChatResponse chat(String prompt) {
    return Observation.createNotStarted("gen_ai.client.operation", registry)
        .lowCardinalityKeyValue("gen_ai.operation.name", "chat")
        .lowCardinalityKeyValue("gen_ai.request.model", "gpt-4o-mini")
        .observe(() -> chatModel.call(prompt));
  }

  /** Started by a statement of its own, then the model call, then stop: a failed call never stops it. */
  public ChatResponse chatWithUsage(String prompt) {
    Observation observation = Observation.createNotStarted("gen_ai.client.operation", registry)
        .lowCardinalityKeyValue("gen_ai.operation.name", "chat");
    observation.highCardinalityKeyValue("gen_ai.prompt.length", String.valueOf(prompt.length())).start(); // tracelint-expect: UnclosedTrace -- 'observation'
    ChatResponse response = chatModel.call(prompt);
    observation.highCardinalityKeyValue("gen_ai.usage.input_tokens", String.valueOf(response.promptTokens()));
    observation.stop();
    return response;
  }

  /** The same, stopped in finally with the error recorded. */
  public ChatResponse chatWithUsageStopped(String prompt) {
    Observation observation = Observation.createNotStarted("gen_ai.client.operation", registry)
        .lowCardinalityKeyValue("gen_ai.operation.name", "chat");
    observation.start();
    try (Observation.Scope scope = observation.openScope()) {
      ChatResponse response = chatModel.call(prompt);
      observation.highCardinalityKeyValue("gen_ai.usage.input_tokens", String.valueOf(response.promptTokens()));
      return response;
    } catch (RuntimeException e) {
      observation.error(e);
      throw e;
    } finally {
      observation.stop();
    }
  }

  /** A tool observation started with the static helper; stop sits after the tool call. */
  public String runTool(String name, Tool tool, String input) {
    Observation observation = Observation.start("agent.tool." + name, registry); // tracelint-expect: UnclosedTrace -- 'observation'
    String output = tool.apply(input);
    observation.stop();
    return output;
  }

  /** A tool observation that is created but never started owes nothing. */
  public String runToolUnobserved(String name, Tool tool, String input) {
    Observation observation = Observation.createNotStarted("agent.tool." + name, registry);
    observation.lowCardinalityKeyValue("tool", name);
    return tool.apply(input);
  }
}
