package corpus.retrywithoutbackoff;

import com.azure.cosmos.CosmosAsyncContainer;
import com.azure.cosmos.CosmosContainer;
import com.azure.cosmos.CosmosException;
import com.azure.cosmos.models.CosmosItemRequestOptions;
import com.azure.cosmos.models.CosmosItemResponse;
import com.azure.cosmos.models.PartitionKey;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Self-paced Cosmos DB item operations (docs/rules/RetryWithoutBackoff.md, "What counts as a wait", kind 1): the
 * client retries a throttled request inside, after the wait the service asks for, and pauses before failing over to
 * another region, so an outer retry of the operation, a loop or a Reactor retry, follows a paced attempt. A retry of
 * the same shape around a plain HTTP call, or around other work beside the Cosmos call, is still reported.
 */
class SelfPacedCosmosOperations {
  private CosmosContainer container;
  private CosmosAsyncContainer asyncContainer;
  private HttpClient http;
  private final CosmosItemRequestOptions options = new CosmosItemRequestOptions();

  record TraceRecord(String id, String traceId) {}

  void acceptsLoopRetryOfASynchronousUpsert(TraceRecord record) {
    for (int attempt = 1; attempt <= 3; attempt++) {
      try {
        container.upsertItem(record);
        return;
      } catch (CosmosException e) {
        System.err.println("upsert failed: " + e.getStatusCode());
      }
    }
  }

  Mono<CosmosItemResponse<TraceRecord>> acceptsRetrySpecOnACreatedItem(TraceRecord record) {
    return asyncContainer.createItem(record, options).retryWhen(Retry.max(5));
  }

  Mono<CosmosItemResponse<TraceRecord>> acceptsCountedRetryOfADeferredReplace(TraceRecord record) {
    return Mono.defer(() -> asyncContainer.replaceItem(record, record.id(), new PartitionKey(record.traceId()), options))
        .retry(3);
  }

  Mono<String> flagsRetrySpecOnAnHttpCall(URI collector) {
    HttpRequest request = HttpRequest.newBuilder(collector).GET().build();
    return Mono.fromFuture(() -> http.sendAsync(request, HttpResponse.BodyHandlers.ofString()))
        .map(HttpResponse::body)
        .retryWhen(Retry.max(5)); // tracelint-expect: RetryWithoutBackoff
  }

  Mono<String> flagsCountedRetryOfAnHttpCall(URI collector) {
    HttpRequest request = HttpRequest.newBuilder(collector).GET().build();
    return Mono.fromFuture(() -> http.sendAsync(request, HttpResponse.BodyHandlers.ofString()))
        .map(HttpResponse::body)
        .retry(3); // tracelint-expect: RetryWithoutBackoff
  }
}
