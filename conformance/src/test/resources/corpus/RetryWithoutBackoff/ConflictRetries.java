package corpus.retrywithoutbackoff;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Write conflicts retried at once (docs/rules/RetryWithoutBackoff.md, "What is not flagged"): an HTTP 409 or an
 * exception named for a conflict says another writer got there first, and the next round reads the new version. Told
 * by a status code in a catch or a filter, or by a block-bodied filter that logs before it lets the conflict through.
 * Any other status, or a conflict let through beside a remote failure, is still retried at once: flagged.
 */
class ConflictRetries {
  static final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int code;

    StoreException(int code) {
      this.code = code;
    }

    int getCode() {
      return code;
    }
  }

  static final class LeaseConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  static final class VersionConflictException extends Exception {
    private static final long serialVersionUID = 1L;
  }

  interface Documents {
    String replace(String id, String body) throws VersionConflictException;

    String upsert(String id, String body) throws IOException;
  }

  private static final int SERVICE_UNAVAILABLE = 503;

  String acceptsLoopGoingRoundOnlyOnAConflictStatus(Supplier<String> update, int maxRetries) {
    int retries = 0;
    while (true) {
      try {
        return update.get();
      } catch (StoreException e) {
        if (e.getCode() != HttpURLConnection.HTTP_CONFLICT || ++retries >= maxRetries) {
          throw e;
        }
      }
    }
  }

  String acceptsLoopThatRethrowsAllButAConflict(Supplier<String> update) {
    for (int attempt = 0; attempt < 5; attempt++) {
      try {
        return update.get();
      } catch (StoreException e) {
        if (e.getCode() == 409) {
          continue;
        } else {
          throw e;
        }
      }
    }
    throw new IllegalStateException("still conflicting");
  }

  String flagsLoopGoingRoundOnAnUnavailableService(Supplier<String> update) {
    for (int attempt = 0; attempt < 5; attempt++) { // tracelint-expect: RetryWithoutBackoff -- tries again immediately
      try {
        return update.get();
      } catch (StoreException e) {
        if (e.getCode() != SERVICE_UNAVAILABLE) {
          throw e;
        }
      }
    }
    throw new IllegalStateException("unavailable");
  }

  String flagsLoopGoingRoundOnAConflictOrAnUnavailableService(Supplier<String> update) {
    for (int attempt = 0; attempt < 5; attempt++) { // tracelint-expect: RetryWithoutBackoff -- tries again immediately
      try {
        return update.get();
      } catch (StoreException e) {
        if (e.getCode() != 409 && e.getCode() != SERVICE_UNAVAILABLE) {
          throw e;
        }
      }
    }
    throw new IllegalStateException("gave up");
  }

  String flagsLoopThatGoesRoundBeforeItTestsForTheConflict(Supplier<String> update) {
    for (int attempt = 0; attempt < 5; attempt++) { // tracelint-expect: RetryWithoutBackoff -- tries again immediately
      try {
        return update.get();
      } catch (StoreException e) {
        if (e.getCode() >= 500) {
          continue;
        }
        if (e.getCode() != 409) {
          throw e;
        }
      }
    }
    throw new IllegalStateException("gave up");
  }

  String acceptsLoopCatchingAConflictByName(Documents documents, String id, String body) throws IOException {
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        return documents.replace(id, body);
      } catch (VersionConflictException e) {
        body = body.trim();
      }
    }
    return documents.upsert(id, body);
  }

  String acceptsSelfCallOnAConflict(Supplier<String> update, int attemptsLeft) {
    try {
      return update.get();
    } catch (StoreException e) {
      if (e.getCode() == HttpURLConnection.HTTP_CONFLICT && attemptsLeft > 0) {
        return acceptsSelfCallOnAConflict(update, attemptsLeft - 1);
      }
      throw e;
    }
  }

  String flagsSelfCallOnAServerError(Supplier<String> update, int attemptsLeft) {
    try {
      return update.get();
    } catch (StoreException e) {
      if (e.getCode() >= 500 && attemptsLeft > 0) {
        return flagsSelfCallOnAServerError(update, attemptsLeft - 1); // tracelint-expect: RetryWithoutBackoff -- retries by calling itself
      }
      throw e;
    }
  }

  Mono<String> acceptsFilterThatLogsBeforeLettingAConflictThrough(Mono<String> renew, String lease) {
    return renew.retryWhen(Retry.max(5).filter(failure -> {
      if (failure instanceof LeaseConflictException) {
        System.out.println("lease " + lease + " changed meanwhile; reading it again");
        return true;
      }
      return false;
    }));
  }

  Mono<String> acceptsFilterOfAConflictStatus(Mono<String> create) {
    return create.retryWhen(Retry.max(10).filter(failure -> {
      StoreException store = failure instanceof StoreException ? (StoreException) failure : null;
      return store != null && store.getCode() == HttpURLConnection.HTTP_CONFLICT;
    }));
  }

  Mono<String> flagsFilterThatLogsBeforeLettingAnIoFailureThrough(Mono<String> renew) {
    return renew.retryWhen(Retry.max(5).filter(failure -> { // tracelint-expect: RetryWithoutBackoff -- Retry.max(...) retries immediately
      if (failure instanceof IOException) {
        System.out.println("renewal failed; trying again");
        return true;
      }
      return false;
    }));
  }

  Mono<String> flagsFilterThatLetsAConflictAndEverythingElseThrough(Mono<String> renew) {
    return renew.retryWhen(Retry.max(5).filter(failure -> { // tracelint-expect: RetryWithoutBackoff -- Retry.max(...) retries immediately
      if (failure instanceof LeaseConflictException) {
        return true;
      }
      return failure.getMessage() != null;
    }));
  }

  Mono<String> flagsFilterOfAnUnavailableStatus(Mono<String> create) {
    return create.retryWhen(Retry.max(10).filter(failure -> // tracelint-expect: RetryWithoutBackoff -- Retry.max(...) retries immediately
        failure instanceof StoreException && ((StoreException) failure).getCode() == SERVICE_UNAVAILABLE));
  }
}
