package corpus.retrywithoutbackoff;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/** Pushes documents to an ingest API with Spring's RestClient. */
public class RealisticRestClientIngest {
  private static final Logger log = LoggerFactory.getLogger(RealisticRestClientIngest.class);

  private final RestClient restClient;
  private final int maxAttempts;

  RealisticRestClientIngest(RestClient restClient, int maxAttempts) {
    this.restClient = restClient;
    this.maxAttempts = maxAttempts;
  }

  public String ingest(String document) throws InterruptedException {
    int attempts = 0;
    while (true) {
      try {
        ResponseEntity<String> response = restClient.post().uri("/v1/documents").body(document)
            .retrieve().toEntity(String.class);
        return response.getBody();
      } catch (HttpClientErrorException.TooManyRequests e) {
        if (++attempts >= maxAttempts) {
          throw e;
        }
        Thread.sleep(retryAfter(e.getResponseHeaders()).toMillis());
      } catch (HttpServerErrorException | ResourceAccessException e) {
        if (++attempts >= maxAttempts) {
          throw e;
        }
        Thread.sleep(Math.min(1_000L * attempts * attempts, 30_000L));
      }
    }
  }

  /** Deletes are idempotent, so the team retries them "a few times". */
  public void delete(String documentId) {
    int attempts = 0;
    while (attempts < maxAttempts) { // tracelint-expect: RetryWithoutBackoff
      try {
        restClient.delete().uri("/v1/documents/{id}", documentId).retrieve().toBodilessEntity();
        return;
      } catch (HttpServerErrorException e) {
        attempts++;
        log.warn("delete of {} failed with {} (attempt {})", documentId, e.getStatusCode(), attempts);
      }
    }
    log.error("giving up deleting {}", documentId);
  }

  /** Status read from the entity itself; 503 waits for Retry-After. */
  public void reindex(String collection) throws InterruptedException {
    for (int attempt = 1; attempt <= maxAttempts; attempt++) {
      ResponseEntity<Void> response = restClient.post().uri("/v1/collections/{c}/reindex", collection)
          .retrieve().onStatus(status -> status.value() == 503, (req, res) -> { })
          .toBodilessEntity();
      if (response.getStatusCode().is2xxSuccessful()) {
        return;
      }
      waitFor(retryAfter(response.getHeaders()));
    }
  }

  private static Duration retryAfter(HttpHeaders headers) {
    String value = headers == null ? null : headers.getFirst(HttpHeaders.RETRY_AFTER);
    return value == null ? Duration.ofSeconds(1) : Duration.ofSeconds(Long.parseLong(value.trim()));
  }

  private static void waitFor(Duration duration) throws InterruptedException {
    Thread.sleep(duration.toMillis());
  }
}
