package corpus.fullsecretlogged;

import java.time.Duration;
import java.time.Instant;
import java.util.StringTokenizer;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * LLM code says "token" for usage counts, limits, expiries, tokenizers and streamed output; none of it is a credential,
 * while an access token beside them is.
 */
class LlmTokenVocabulary {
  private static final Logger log = LoggerFactory.getLogger(LlmTokenVocabulary.class);

  record Usage(int promptTokens, int completionTokens, int totalTokens) {
    int getTotalTokens() {
      return totalTokens;
    }
  }

  interface StreamingHandler {
    void onNext(String token);
  }

  private int maxTokens = 1024;
  private long tokenCount;
  private Instant tokenExpiry;
  private Duration tokenTtl;
  private String accessToken;

  void acceptsUsageCountsOfARecord(Usage usage) {
    log.info("usage prompt={} completion={} total={}", usage.promptTokens(), usage.completionTokens(),
        usage.totalTokens());
  }

  void acceptsUsageCountOfAGetter(Usage usage) {
    log.info("total tokens {}", usage.getTotalTokens());
  }

  void acceptsLimitAndCount() {
    log.info("max tokens {} so far {}", maxTokens, tokenCount);
  }

  void acceptsExpiryAndTimeToLive() {
    log.info("token expires at {} (ttl {})", tokenExpiry, tokenTtl);
  }

  void acceptsTokenizerObject(Object tokenizer) {
    log.info("tokenizer {}", tokenizer);
  }

  void acceptsTokenOfAStringTokenizer(String text) {
    StringTokenizer tokenizer = new StringTokenizer(text);
    String token = tokenizer.nextToken();
    log.debug("first token {}", token);
  }

  void acceptsStreamedTokenInALambda(Consumer<Consumer<String>> tokenStream) {
    tokenStream.accept(token -> System.out.print(token));
  }

  void acceptsStreamedTokenInAnOnNextCallback() {
    StreamingHandler handler = new StreamingHandler() {
      @Override
      public void onNext(String token) {
        log.debug("streamed {}", token);
      }
    };
  }

  void flagsAccessTokenAmongTheCounts() {
    log.info("access token {}", accessToken); // tracelint-expect: FullSecretLogged -- logs the full secret 'accessToken'
  }
}
