package corpus.retrywithoutbackoff;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;

/**
 * Repair loops that make room (docs/rules/RetryWithoutBackoff.md, "Repair loops"): work a full executor refused is
 * submitted again at once only when a call freeing room in a cache or pool says it freed some, and the loop gives up
 * otherwise: the next attempt gets the room just made. Going round whatever the eviction returned, after a check that
 * frees nothing, or after a remote failure, tries again at once against a full executor or a failing server.
 */
class RoomFreedBeforeResubmitting {
  interface RunCache {
    boolean evictAnyIdle(String keep);
  }

  interface ThreadPool {
    boolean purgeIdleThreads();
  }

  interface Uploader {
    void upload(String batch) throws IOException;
  }

  static final class RunRejectedError extends Error {
    RunRejectedError(Throwable cause) {
      super(cause);
    }
  }

  private final ExecutorService executor;
  private final RunCache cache;
  private final ThreadPool pool;
  private final Uploader uploader;

  RoomFreedBeforeResubmitting(ExecutorService executor, RunCache cache, ThreadPool pool, Uploader uploader) {
    this.executor = executor;
    this.cache = cache;
    this.pool = pool;
    this.uploader = uploader;
  }

  Future<?> acceptsResubmitOnlyWhenAnEvictionFreedAThread(Runnable run, String runId) {
    while (true) {
      try {
        return executor.submit(run);
      } catch (RejectedExecutionException e) {
        if (cache != null) {
          boolean evicted = cache.evictAnyIdle(runId);
          if (!evicted) {
            throw new RunRejectedError(e);
          }
        } else {
          throw new RunRejectedError(e);
        }
      }
    }
  }

  Future<?> acceptsResubmitWhilePurgingFreesThreads(Runnable run) {
    for (;;) {
      try {
        return executor.submit(run);
      } catch (RejectedExecutionException e) {
        if (!pool.purgeIdleThreads()) {
          throw e;
        }
      }
    }
  }

  Future<?> acceptsResubmitInTheBranchWhereRoomWasFreed(Runnable run, String runId) {
    while (true) {
      try {
        return executor.submit(run);
      } catch (RejectedExecutionException e) {
        if (cache.evictAnyIdle(runId)) {
          System.err.println("evicted an idle run to start " + runId);
        } else {
          throw new RunRejectedError(e);
        }
      }
    }
  }

  Future<?> acceptsBoundedResubmitAfterFreeingRoom(Runnable run, String runId) {
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        return executor.submit(run);
      } catch (RejectedExecutionException e) {
        boolean freed = cache.evictAnyIdle(runId);
        if (!freed) {
          throw new RunRejectedError(e);
        }
      }
    }
    throw new RejectedExecutionException("no room for " + runId);
  }

  Future<?> flagsResubmitWithoutFreeingRoom(Runnable run) {
    for (int attempt = 0; attempt < 3; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        return executor.submit(run);
      } catch (RejectedExecutionException e) {
        System.err.println("executor full, attempt " + attempt);
      }
    }
    throw new RejectedExecutionException("executor full");
  }

  Future<?> flagsResubmitWhateverTheEvictionReturned(Runnable run, String runId) {
    for (int attempt = 0; attempt < 3; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        return executor.submit(run);
      } catch (RejectedExecutionException e) {
        if (!cache.evictAnyIdle(runId)) {
          System.err.println("executor full, nothing to evict for " + runId);
        }
      }
    }
    throw new RejectedExecutionException("executor full");
  }

  Future<?> flagsResubmitAfterACheckThatFreesNothing(Runnable run) {
    for (int attempt = 0; attempt < 3; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        return executor.submit(run);
      } catch (RejectedExecutionException e) {
        if (executor.isShutdown()) {
          throw e;
        }
      }
    }
    throw new RejectedExecutionException("executor full");
  }

  void flagsRemoteFailureRetriedAfterFreeingRoom(String batch, String runId) throws IOException {
    for (int attempt = 0; attempt < 3; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        uploader.upload(batch);
        return;
      } catch (IOException e) {
        if (!cache.evictAnyIdle(runId)) {
          throw e;
        }
      }
    }
  }
}
