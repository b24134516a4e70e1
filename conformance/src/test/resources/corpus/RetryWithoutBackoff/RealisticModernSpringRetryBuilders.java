package corpus.retrywithoutbackoff;

import java.io.IOException;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.retry.annotation.Backoff;
import org.springframework.retry.annotation.Recover;
import org.springframework.retry.annotation.Retryable;
import org.springframework.retry.support.RetryTemplate;
import org.springframework.stereotype.Service;

/**
 * Spring Retry in a Spring Boot 3 service: a configuration of templates with backoff, annotated methods with and
 * without explicit backoff (the annotation's default waits one second), and a template that retries at once.
 */
public class RealisticModernSpringRetryBuilders {
  record Document(String id, String text) {}

  interface VectorStore {
    void upsert(List<Document> documents) throws IOException;
  }

  @Configuration
  static class RetryConfiguration {
    @Bean
    RetryTemplate vectorStoreRetry() {
      return RetryTemplate.builder()
          .maxAttempts(4)
          .exponentialBackoff(200, 2.0, 5_000, true)
          .retryOn(IOException.class)
          .build();
    }

    @Bean
    RetryTemplate webhookRetry() {
      return RetryTemplate.builder().maxAttempts(3).fixedBackoff(1_000).retryOn(IOException.class).build();
    }

    @Bean
    RetryTemplate cacheRetry() {
      return RetryTemplate.builder()
          .maxAttempts(3)
          .noBackoff() // tracelint-expect: RetryWithoutBackoff
          .retryOn(IOException.class)
          .build();
    }
  }

  @Service
  static class IndexingService {
    private final VectorStore store;

    IndexingService(VectorStore store) {
      this.store = store;
    }

    @Retryable(retryFor = IOException.class, maxAttempts = 4, backoff = @Backoff(delay = 500, multiplier = 2.0))
    public void index(List<Document> documents) throws IOException {
      store.upsert(documents);
    }

    @Retryable(retryFor = IOException.class, maxAttempts = 2)
    public void reindex(List<Document> documents) throws IOException {
      store.upsert(documents.stream().filter(d -> !d.text().isBlank()).toList());
    }

    @Recover
    public void recover(IOException e, List<Document> documents) {
      documents.forEach(d -> System.err.println("not indexed: " + d.id()));
    }
  }
}
