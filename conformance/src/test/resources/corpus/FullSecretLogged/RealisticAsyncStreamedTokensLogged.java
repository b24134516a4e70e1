package corpus.fullsecretlogged;

import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;

/**
 * Streaming chat handlers that log what the model streams: a "token" here is a piece of model output, and the usage
 * counts are numbers of tokens; neither is a credential.
 */
public class RealisticAsyncStreamedTokensLogged implements StreamingChatResponseHandler {
  private static final Logger log = LoggerFactory.getLogger(RealisticAsyncStreamedTokensLogged.class);

  private final StringBuilder answer = new StringBuilder();
  private final CompletableFuture<String> done = new CompletableFuture<>();
  private int tokenCount;

  @Override
  public void onPartialResponse(String token) {
    tokenCount++;
    answer.append(token);
    log.trace("streamed token #{}: '{}'", tokenCount, token);
  }

  @Override
  public void onCompleteResponse(ChatResponse response) {
    log.debug("stream finished after {} tokens, usage {}", tokenCount, response.tokenUsage());
    done.complete(answer.toString());
  }

  @Override
  public void onError(Throwable error) {
    log.warn("stream failed after {} tokens", tokenCount, error);
    done.completeExceptionally(error);
  }

  public CompletableFuture<String> answer() {
    return done;
  }

  /** The same for a Reactor stream of tokens (a Spring AI ChatClient.stream().content()). */
  public static Flux<String> logged(Flux<String> tokens) {
    return tokens
        .doOnNext(nextToken -> log.trace("next token: {}", nextToken))
        .doOnComplete(() -> log.debug("token stream complete"));
  }
}
