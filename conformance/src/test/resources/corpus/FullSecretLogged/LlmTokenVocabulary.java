package corpus.fullsecretlogged;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** LLM code says "token" for usage counts and streamed output; none of it is a credential. */
class LlmTokenVocabulary {
  private static final Logger log = LoggerFactory.getLogger(LlmTokenVocabulary.class);

  record Usage(int promptTokens, int completionTokens, int totalTokens) {}

  interface StreamingHandler {
    void onNext(String token);
  }

  private int maxTokens = 1024;
  private long tokenCount;
  private Instant tokenExpiry;
  private Duration tokenTtl;
  private String accessToken;

  void report(Usage usage) {
    log.info("usage prompt={} completion={} total={}", usage.promptTokens(), usage.completionTokens(),
        usage.totalTokens());
    log.info("max tokens {} so far {}", maxTokens, tokenCount);
    log.info("token expires at {} (ttl {})", tokenExpiry, tokenTtl);
    log.info("access token {}", accessToken); // tracelint-expect: FullSecretLogged
  }

  void stream(Consumer<Consumer<String>> tokenStream) {
    tokenStream.accept(token -> System.out.print(token));
    StreamingHandler handler = new StreamingHandler() {
      @Override
      public void onNext(String token) {
        log.debug("streamed {}", token);
      }
    };
  }
}
