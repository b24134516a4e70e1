package corpus.fullsecretlogged;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An agent's tool registry: each tool (web search, weather, a serverless function) brings its own key. A word that
 * says whose key it is (a tool's, a function's, a form input's) does not make it a count or a type: a
 * {@code toolApiKey} is the search tool's API key. Only before a bare {@code token} do such words name model usage
 * or code ({@code inputToken}, {@code toolToken}, Gson's {@code typeToken}).
 */
class RealisticAgentToolKeysByOwner {
  private static final Logger log = LoggerFactory.getLogger(RealisticAgentToolKeysByOwner.class);

  record ToolSpec(String name, String endpoint) {}

  record TokenUsage(int inputToken, int outputToken, int toolToken) {}

  private final Map<String, ToolSpec> tools;

  RealisticAgentToolKeysByOwner(Map<String, ToolSpec> tools) {
    this.tools = tools;
  }

  void flagsTheSearchToolsApiKey(String searchToolApiKey) {
    log.info("web search tool ready, key {}", searchToolApiKey); // tracelint-expect: FullSecretLogged
  }

  void flagsAToolSecretOnRegistration(ToolSpec spec, String toolSecret) {
    log.debug("registering {} at {} with secret {}", spec.name(), spec.endpoint(), toolSecret); // tracelint-expect: FullSecretLogged
  }

  void flagsAServerlessFunctionsSecret(String functionSecret) {
    log.warn("invoking summarizer function, auth {}", functionSecret); // tracelint-expect: FullSecretLogged
  }

  void acceptsThePresenceOfTheSearchToolsKey(String searchToolApiKey) {
    log.info("web search tool ready, key present: {}", searchToolApiKey != null && !searchToolApiKey.isBlank());
  }

  void acceptsAShortPrefixOfTheToolSecret(ToolSpec spec, String toolSecret) {
    log.debug("registering {} with secret {}...", spec.name(), toolSecret.substring(0, 4));
  }

  void acceptsTokenUsageByKind(TokenUsage usage) {
    log.info("usage: {} in, {} out, {} for tool calls", usage.inputToken(), usage.outputToken(), usage.toolToken());
  }

  void acceptsALexersTokensOfCode(List<String> source) {
    for (String methodToken : source) {
      log.trace("lexed {}", methodToken);
    }
  }

  void acceptsToolNamesAndEndpoints() {
    tools.forEach((name, spec) -> log.info("tool {} -> {}", name, spec.endpoint()));
  }
}
