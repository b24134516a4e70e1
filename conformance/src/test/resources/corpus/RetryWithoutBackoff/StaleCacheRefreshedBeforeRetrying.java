package corpus.retrywithoutbackoff;

import java.io.IOException;
import java.net.ConnectException;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Retries that repair a stale cache first (docs/rules/RetryWithoutBackoff.md, "What is not flagged"): the failure says
 * the cached routing or schema metadata is out of date, the failure path refreshes or invalidates that cache, and the
 * next attempt runs against fresh metadata. Waiting would not help. Only for specific failures: a Reactor spec with a
 * filter, a loop's catch of a type a down server does not raise. The same refresh before an unfiltered spec, a filter
 * or catch that admits I/O or connection failures, a hook that only logs, a reconnect, or a refresh made only on the
 * way out, repeats the request at once: flagged.
 */
class StaleCacheRefreshedBeforeRetrying {
  static final class PartitionMovedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  static final class SchemaNotFoundException extends Exception {
    private static final long serialVersionUID = 1L;
  }

  interface CollectionCache {
    void refresh(String link);

    void invalidate(String key);

    void clear();
  }

  interface SchemaCache {
    String schemaOf(String id) throws SchemaNotFoundException;

    void remove(String id);
  }

  interface Store {
    Mono<String> resolve(String link);

    String fetch(String key) throws IOException;

    void reconnect();
  }

  private final Store store;
  private final CollectionCache collectionCache;
  private final SchemaCache schemaCache;
  private final String link;

  StaleCacheRefreshedBeforeRetrying(Store store, CollectionCache collectionCache, SchemaCache schemaCache,
      String link) {
    this.store = store;
    this.collectionCache = collectionCache;
    this.schemaCache = schemaCache;
    this.link = link;
  }

  private boolean isStaleMetadata(Throwable failure) {
    return failure instanceof PartitionMovedException;
  }

  private CollectionCache getCollectionCache() {
    return collectionCache;
  }

  private void invalidateRoutingCache() {
    collectionCache.invalidate(link);
  }

  // ---- Reactor: a failure hook in the retried work repairs the cache, the spec has a filter

  Mono<String> acceptsHookRefreshingTheCacheBeforeAFilteredRetryOnce() {
    return store.resolve(link)
        .onErrorResume(failure -> {
          if (isStaleMetadata(failure)) {
            this.collectionCache.refresh(link);
          }
          return Mono.error(failure);
        })
        .retryWhen(Retry.max(1).filter(this::isStaleMetadata));
  }

  Mono<String> acceptsDoOnErrorInvalidatingBeforeARetryFilteredToTheStaleType() {
    return Mono.defer(() -> store.resolve(link))
        .doOnError(failure -> collectionCache.invalidate(link))
        .retryWhen(Retry.max(2).filter(PartitionMovedException.class::isInstance));
  }

  Mono<String> acceptsHookCallingARepairNamedForTheCache() {
    return store.resolve(link)
        .onErrorResume(failure -> {
          invalidateRoutingCache();
          return Mono.error(failure);
        })
        .retryWhen(Retry.max(1).filter(failure -> failure instanceof PartitionMovedException));
  }

  Mono<String> acceptsHookClearingTheCacheByAMethodReference() {
    return store.resolve(link)
        .onErrorResume(failure -> Mono.fromRunnable(collectionCache::clear).then(Mono.error(failure)))
        .retryWhen(Retry.max(1).filter(this::isStaleMetadata));
  }

  Mono<String> acceptsHookNestedInTheDeferredWork() {
    return Mono.defer(() -> store.resolve(link).doOnError(failure -> collectionCache.refresh(link)))
        .retryWhen(Retry.max(1).filter(this::isStaleMetadata));
  }

  Mono<String> flagsHookRefreshingTheCacheBeforeAnUnfilteredSpec() {
    return store.resolve(link)
        .onErrorResume(failure -> {
          collectionCache.refresh(link);
          return Mono.error(failure);
        })
        .retryWhen(Retry.max(1)); // tracelint-expect: RetryWithoutBackoff -- Retry.max(...) retries immediately
  }

  Mono<String> flagsHookThatOnlyLogsBeforeAFilteredRetry() {
    return store.resolve(link)
        .onErrorResume(failure -> {
          System.err.println("resolve failed for " + link);
          return Mono.error(failure);
        })
        .retryWhen(Retry.max(1).filter(this::isStaleMetadata)); // tracelint-expect: RetryWithoutBackoff -- Retry.max(...) retries immediately
  }

  Mono<String> flagsRefreshBeforeAFilterThatAdmitsIoFailures() {
    return store.resolve(link)
        .doOnError(failure -> collectionCache.refresh(link))
        .retryWhen(Retry.max(2).filter(IOException.class::isInstance)); // tracelint-expect: RetryWithoutBackoff -- Retry.max(...) retries immediately
  }

  Mono<String> flagsRefreshBeforeAFilterThatAdmitsEverything() {
    return store.resolve(link)
        .doOnError(failure -> collectionCache.refresh(link))
        .retryWhen(Retry.max(2).filter(failure -> true)); // tracelint-expect: RetryWithoutBackoff -- Retry.max(...) retries immediately
  }

  // ---- loops: a catch of a specific stale-metadata failure repairs the cache

  String acceptsLoopRemovingTheStaleSchemaAfterANotFound(String id) throws SchemaNotFoundException {
    SchemaNotFoundException last = null;
    for (int attempt = 0; attempt < 2; attempt++) {
      try {
        return schemaCache.schemaOf(id);
      } catch (SchemaNotFoundException e) {
        schemaCache.remove(id);
        last = e;
      }
    }
    throw last;
  }

  String acceptsLoopInvalidatingTheRoutingCacheAfterAMovedPartition(String key) throws IOException {
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        return store.fetch(key);
      } catch (PartitionMovedException e) {
        getCollectionCache().invalidate(key);
      }
    }
    throw new IOException("partition kept moving: " + key);
  }

  String acceptsLoopCallingARepairNamedForTheCache(String key) throws IOException {
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        return store.fetch(key);
      } catch (PartitionMovedException e) {
        invalidateRoutingCache();
      }
    }
    throw new IOException("partition kept moving: " + key);
  }

  String acceptsLoopRefreshingOnTheWayRound(String key) throws IOException {
    int failures = 0;
    while (true) {
      try {
        return store.fetch(key);
      } catch (PartitionMovedException e) {
        if (++failures >= 3) {
          throw e;
        }
        collectionCache.refresh(link);
      }
    }
  }

  String flagsLoopInvalidatingTheCacheAfterAnIoFailure(String key) throws IOException {
    IOException last = null;
    for (int attempt = 0; attempt < 3; attempt++) { // tracelint-expect: RetryWithoutBackoff -- tries again immediately
      try {
        return store.fetch(key);
      } catch (IOException e) {
        collectionCache.invalidate(key);
        last = e;
      }
    }
    throw last;
  }

  String flagsLoopCatchingAConnectFailureBesideTheStaleOne(String key) throws IOException {
    for (int attempt = 0; attempt < 3; attempt++) { // tracelint-expect: RetryWithoutBackoff -- tries again immediately
      try {
        return store.fetch(key);
      } catch (PartitionMovedException | ConnectException e) {
        collectionCache.invalidate(key);
      }
    }
    throw new IOException("gave up: " + key);
  }

  String flagsLoopReconnectingAfterAMovedPartition(String key) throws IOException {
    for (int attempt = 0; attempt < 3; attempt++) { // tracelint-expect: RetryWithoutBackoff -- tries again immediately
      try {
        return store.fetch(key);
      } catch (PartitionMovedException e) {
        store.reconnect();
      }
    }
    throw new IOException("gave up: " + key);
  }

  String flagsLoopInvalidatingOnlyOnTheWayOut(String key) throws IOException {
    int failures = 0;
    while (true) { // tracelint-expect: RetryWithoutBackoff -- tries again immediately
      try {
        return store.fetch(key);
      } catch (PartitionMovedException e) {
        if (++failures >= 3) {
          collectionCache.invalidate(key);
          throw e;
        }
      }
    }
  }

  String flagsOnlyUnboundedLoopInvalidatingTheCacheForever(String key) throws IOException {
    while (true) { // tracelint-expect: UnboundedRetry
      try {
        return store.fetch(key);
      } catch (PartitionMovedException e) {
        collectionCache.invalidate(key);
      }
    }
  }
}
