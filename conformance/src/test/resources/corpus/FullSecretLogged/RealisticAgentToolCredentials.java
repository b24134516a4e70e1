package corpus.fullsecretlogged;

import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An agent's tools: usage accounting, streamed output, and a GitHub tool that carries an access token. */
public class RealisticAgentToolCredentials {
  private static final Logger log = LoggerFactory.getLogger(RealisticAgentToolCredentials.class);

  record Usage(int promptTokens, int completionTokens, int totalTokens) {}

  record GitHubTool(String owner, String repo, String accessToken) {
    @Override
    public String toString() {
      return "GitHubTool[" + owner + "/" + repo + "]";
    }
  }

  public void recordUsage(String model, Usage usage, int maxTokens) {
    log.info("model {} used {} prompt + {} completion tokens of {}", model, usage.promptTokens(),
        usage.completionTokens(), maxTokens);
  }

  public Consumer<String> streamingPrinter(StringBuilder transcript) {
    return token -> {
      transcript.append(token);
      log.trace("streamed token {}", token);
    };
  }

  public void registerTool(GitHubTool tool) {
    log.info("registered tool {}", tool);
    log.debug("tool {} uses token {}", tool, tool.accessToken()); // tracelint-expect: FullSecretLogged
  }

  public void toolInvocation(GitHubTool tool, String issueTitle) {
    String url = "https://api.github.com/repos/" + tool.owner() + "/" + tool.repo() + "/issues";
    log.debug("POST {} title={}", url, issueTitle);
    String curl = "curl -H 'Authorization: token " + tool.accessToken() + "' " + url;
    log.debug("reproduce with: {}", curl); // tracelint-expect: FullSecretLogged
  }

  public void handleStreamedToken(String token, int chunkIndex) {
    log.trace("chunk {} token {}", chunkIndex, token);
  }
}
