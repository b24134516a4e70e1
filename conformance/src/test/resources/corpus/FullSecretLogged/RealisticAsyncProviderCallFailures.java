package corpus.fullsecretlogged;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Failure logging of an asynchronous multi-provider LLM client: each failure is logged with the provider, the key's
 * id and a short prefix of the key, which is what operators need to tell which key a provider rejected.
 */
public class RealisticAsyncProviderCallFailures {
  private static final Logger log = LoggerFactory.getLogger(RealisticAsyncProviderCallFailures.class);

  record ProviderKey(String provider, String keyId, String apiKey) {
    String apiKeyPrefix() {
      return apiKey.length() <= 6 ? "***" : apiKey.substring(0, 6) + "...";
    }
  }

  interface AsyncChat {
    CompletableFuture<String> chat(String provider, String apiKey, String prompt);
  }

  private final AsyncChat chat;

  RealisticAsyncProviderCallFailures(AsyncChat chat) {
    this.chat = chat;
  }

  public CompletableFuture<String> ask(ProviderKey key, String prompt) {
    return chat.chat(key.provider(), key.apiKey(), prompt)
        .whenComplete((answer, error) -> {
          if (error == null) {
            log.debug("{} answered with {} chars", key.provider(), answer.length());
            return;
          }
          Throwable cause = error instanceof CompletionException ? error.getCause() : error;
          log.warn("{} rejected key {} ({}): {}", key.provider(), key.keyId(), key.apiKeyPrefix(), cause.toString());
        });
  }

  public CompletableFuture<String> askWithFallbackKey(ProviderKey primary, ProviderKey fallback, String prompt) {
    return ask(primary, prompt).exceptionallyCompose(error -> {
      log.info("retrying on {} with key {}", fallback.provider(), fallback.keyId());
      return ask(fallback, prompt);
    });
  }

  public CompletableFuture<String> askLoggingTheKey(ProviderKey key, String prompt) {
    return chat.chat(key.provider(), key.apiKey(), prompt).whenComplete((answer, error) -> {
      if (error != null) {
        log.error("call to {} with key {} failed", key.provider(), key.apiKey(), error); // tracelint-expect: FullSecretLogged
      }
    });
  }
}
