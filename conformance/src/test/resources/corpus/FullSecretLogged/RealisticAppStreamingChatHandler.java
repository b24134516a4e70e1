package corpus.fullsecretlogged;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streaming chat over server-sent events: the model's output arrives token by token. Every "token" here is a piece of
 * the answer, logged at trace level for debugging; the usage is a count.
 */
public class RealisticAppStreamingChatHandler {
  private static final Logger log = LoggerFactory.getLogger(RealisticAppStreamingChatHandler.class);

  record Usage(int promptTokens, int completionTokens) {}

  interface StreamingResponseHandler {
    void onPartialResponse(String partialResponse);

    void onCompleteResponse(String fullText, Usage usage);

    void onError(Throwable error);
  }

  interface StreamingChatModel {
    void chat(String prompt, StreamingResponseHandler handler);

    void chat(String prompt, Consumer<String> onToken, Consumer<Usage> onDone);
  }

  public CompletableFuture<String> ask(StreamingChatModel model, String prompt) {
    CompletableFuture<String> answer = new CompletableFuture<>();
    StringBuilder buffer = new StringBuilder();
    model.chat(prompt, new StreamingResponseHandler() {
      @Override
      public void onPartialResponse(String token) {
        buffer.append(token);
        log.trace("token: {}", token);
      }

      @Override
      public void onCompleteResponse(String fullText, Usage usage) {
        log.debug("answer complete: {} chars, {} prompt / {} completion tokens",
            fullText.length(), usage.promptTokens(), usage.completionTokens());
        answer.complete(fullText);
      }

      @Override
      public void onError(Throwable error) {
        log.warn("stream failed after {} chars", buffer.length(), error);
        answer.completeExceptionally(error);
      }
    });
    return answer;
  }

  public void askWithLambdas(StreamingChatModel model, String prompt) {
    StringBuilder transcript = new StringBuilder();
    model.chat(prompt,
        token -> {
          transcript.append(token);
          log.trace("streamed token {}", token);
        },
        usage -> log.info("done: {} tokens, text {}", usage.completionTokens(), transcript));
  }

  public void replaySseLine(String line) {
    if (line.startsWith("data: ")) {
      String token = line.substring(6).trim();
      log.trace("sse token {}", token);
    }
  }
}
