package corpus.unboundedretry;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

/**
 * Memoizers that drop a cached future someone cancelled ({@code cache.remove(key, future)} in a catch of
 * {@code CancellationException} alone) and go round to compute the value afresh: the work was cancelled, it did not
 * fail, so neither retry rule reports the loop. A catch that also takes the computation's failure
 * ({@code ExecutionException}) computes a failing value again forever, and one that keeps the cancelled future spins
 * on it.
 */
class CancelledFuturesComputedAgain<K, V> {
  private final ConcurrentMap<K, Future<V>> cache = new ConcurrentHashMap<>();
  private final Function<K, V> compute;

  CancelledFuturesComputedAgain(Function<K, V> compute) {
    this.compute = compute;
  }

  V acceptsAMemoizerThatDropsACancelledFuture(K key) throws InterruptedException, ExecutionException {
    while (true) {
      Future<V> future = cache.computeIfAbsent(key, this::task);
      try {
        return future.get();
      } catch (CancellationException e) {
        cache.remove(key, future);
      }
    }
  }

  V acceptsAMemoizerThatRethrowsAFailure(K key) throws InterruptedException {
    while (true) {
      Future<V> future = cache.computeIfAbsent(key, this::task);
      try {
        return future.get();
      } catch (CancellationException e) {
        cache.remove(key, future);
      } catch (ExecutionException e) {
        cache.remove(key, future);
        throw new IllegalStateException(e.getCause());
      }
    }
  }

  V flagsAMemoizerThatComputesAFailingValueAgain(K key) throws InterruptedException {
    while (true) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      Future<V> future = cache.computeIfAbsent(key, this::task);
      try {
        return future.get();
      } catch (CancellationException | ExecutionException e) {
        cache.remove(key, future);
      }
    }
  }

  V flagsAWaitThatKeepsTheCancelledFuture(Future<V> future) throws InterruptedException, ExecutionException {
    while (true) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      try {
        return future.get();
      } catch (CancellationException e) {
        // try again
      }
    }
  }

  private Future<V> task(K key) {
    FutureTask<V> task = new FutureTask<>(() -> compute.apply(key));
    task.run();
    return task;
  }
}
