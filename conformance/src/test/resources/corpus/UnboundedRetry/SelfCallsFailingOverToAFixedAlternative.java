package corpus.unboundedretry;

import java.io.Closeable;
import java.io.IOException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Self-calls from a catch that replace one parameter with a fixed alternative that does not read it, passing the
 * others on ({@code closeQuietly(closeable, directExecutor())} after the given executor refused the task,
 * {@code send(request, standby)}): a failover, not the same request again, so RetryWithoutBackoff stays silent. Should
 * the alternative fail the same way, the nested call fails over to the same alternative again, forever: unless
 * something bounds it, UnboundedRetry still reports the self-call. An executor that runs the task in the calling
 * thread ({@code directExecutor()}) cannot refuse it again, so a failover to it after a refusal ends there; after any
 * other failure, or to another pool, it does not. A fresh instance of the same target ({@code newClient()}) or the
 * same arguments is a retry for both rules.
 */
class SelfCallsFailingOverToAFixedAlternative {
  interface Client {
    String get(String key) throws IOException;
  }

  private static final Executor DIRECT = Runnable::run;

  private final Client standby;
  private int rejected;

  SelfCallsFailingOverToAFixedAlternative(Client standby) {
    this.standby = standby;
  }

  static Executor directExecutor() {
    return DIRECT;
  }

  Client newClient() {
    return standby;
  }

  static void closeQuietly(Closeable closeable, Executor executor) {
    if (closeable == null) {
      return;
    }
    try {
      executor.execute(() -> {
        try {
          closeable.close();
        } catch (IOException e) {
          // nothing more to do
        }
      });
    } catch (RejectedExecutionException e) {
      closeQuietly(closeable, directExecutor());
    }
  }

  static void flagsAFailoverToAnotherPool(Runnable task, Executor executor, Executor standbyPool) {
    try {
      executor.execute(task);
    } catch (RejectedExecutionException e) {
      flagsAFailoverToAnotherPool(task, standbyPool, standbyPool); // tracelint-expect: UnboundedRetry
    }
  }

  static void flagsAFailoverToTheCallingThreadAfterTheTaskFailed(Runnable task, Executor executor) {
    try {
      executor.execute(task);
    } catch (RuntimeException e) {
      flagsAFailoverToTheCallingThreadAfterTheTaskFailed(task, directExecutor()); // tracelint-expect: UnboundedRetry
    }
  }

  String acceptsAFailoverToTheStandbyWithAnAttemptCount(String key, Client client, int attempts) throws IOException {
    try {
      return client.get(key);
    } catch (IOException e) {
      if (attempts <= 0) {
        throw e;
      }
      return acceptsAFailoverToTheStandbyWithAnAttemptCount(key, standby, attempts - 1);
    }
  }

  String acceptsAFailoverToNoProxyOnceCounted(String key, Client client, String proxy, int attempts)
      throws IOException {
    try {
      return client.get(proxy + key);
    } catch (IOException e) {
      if (attempts <= 0) {
        throw e;
      }
      return acceptsAFailoverToNoProxyOnceCounted(key, client, "", attempts - 1);
    }
  }

  void acceptsAnExecutorThatRefusedOnlyCounted(Runnable task, Executor executor) {
    try {
      executor.execute(task);
    } catch (RejectedExecutionException e) {
      rejected++;
    }
  }

  String flagsASelfCallWithAFreshClientOfTheSameTarget(String key, Client client, int attempts) throws IOException {
    try {
      return client.get(key);
    } catch (IOException e) {
      if (attempts <= 0) {
        throw e;
      }
      return flagsASelfCallWithAFreshClientOfTheSameTarget(key, newClient(), attempts - 1); // tracelint-expect: RetryWithoutBackoff
    }
  }

  String flagsASelfCallWithTheSameArguments(String key, Client client) {
    try {
      return client.get(key);
    } catch (IOException e) {
      return flagsASelfCallWithTheSameArguments(key, client); // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
    }
  }
}
