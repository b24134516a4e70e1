package corpus.unboundedretry;

import java.io.IOException;
import java.time.Duration;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * A reactive chat gateway: a streamed answer is retried with backoff a few times, a one-shot completion too; the event
 * feed of a long-running evaluation is resubscribed forever every five seconds, so a revoked key keeps it going.
 */
public class RealisticAppReactorStreamingChat {
  interface ReactiveChat {
    Flux<String> stream(String prompt);

    Mono<String> complete(String prompt);

    Flux<String> evaluationEvents(String runId);
  }

  private final ReactiveChat chat;

  public RealisticAppReactorStreamingChat(ReactiveChat chat) {
    this.chat = chat;
  }

  public Flux<String> stream(String prompt) {
    return chat.stream(prompt)
        .retryWhen(Retry.backoff(3, Duration.ofMillis(250))
            .maxBackoff(Duration.ofSeconds(4))
            .filter(IOException.class::isInstance));
  }

  public Mono<String> complete(String prompt) {
    return chat.complete(prompt)
        .timeout(Duration.ofSeconds(30))
        .retryWhen(Retry.fixedDelay(2, Duration.ofSeconds(1)));
  }

  public Flux<String> followEvaluation(String runId) {
    return chat.evaluationEvents(runId)
        .retryWhen(Retry.fixedDelay(Long.MAX_VALUE, Duration.ofSeconds(5))); // tracelint-expect: UnboundedRetry
  }

  public Flux<String> followEvaluationForAnHour(String runId) {
    return chat.evaluationEvents(runId)
        .retryWhen(Retry.fixedDelay(Long.MAX_VALUE, Duration.ofSeconds(5)))
        .timeout(Duration.ofHours(1));
  }

  public Flux<String> followEvaluationBounded(String runId, long maxReconnects) {
    return chat.evaluationEvents(runId)
        .retryWhen(Retry.backoff(maxReconnects, Duration.ofSeconds(1)).maxBackoff(Duration.ofSeconds(30)));
  }
}
