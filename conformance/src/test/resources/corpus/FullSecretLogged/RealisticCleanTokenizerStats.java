package corpus.fullsecretlogged;

import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Token accounting and streamed output: "token" here is model text or a count, never a credential. */
public class RealisticCleanTokenizerStats {
  private static final Logger log = LoggerFactory.getLogger(RealisticCleanTokenizerStats.class);

  interface Tokenizer {
    List<String> encode(String text);
  }

  record Usage(int promptTokens, int completionTokens, int totalTokens) {}

  private final Tokenizer tokenizer;
  private final int maxTokens;

  RealisticCleanTokenizerStats(Tokenizer tokenizer, int maxTokens) {
    this.tokenizer = tokenizer;
    this.maxTokens = maxTokens;
  }

  public int checkBudget(String prompt) {
    List<String> tokens = tokenizer.encode(prompt);
    int tokenCount = tokens.size();
    log.debug("prompt uses {} of {} tokens (tokenizer={})", tokenCount, maxTokens, tokenizer.getClass().getSimpleName());
    if (tokenCount > maxTokens) {
      log.warn("prompt too long: {} tokens, first token '{}'", tokenCount, tokens.isEmpty() ? "" : tokens.get(0));
    }
    return tokenCount;
  }

  public void recordUsage(Usage usage) {
    log.info("usage: promptTokens={}, completionTokens={}, totalTokens={}", usage.promptTokens(),
        usage.completionTokens(), usage.totalTokens());
  }

  public Consumer<String> streamPrinter(StringBuilder buffer) {
    return token -> {
      buffer.append(token);
      log.trace("streamed token: {}", token);
    };
  }

  public void onNext(String token) {
    log.trace("received token {}", token);
  }

  public void printCompletion(List<String> streamed) {
    for (String token : streamed) {
      log.trace("token: {}", token);
    }
  }
}
