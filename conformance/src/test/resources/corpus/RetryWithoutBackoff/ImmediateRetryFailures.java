package corpus.retrywithoutbackoff;

import java.io.IOException;
import java.util.ConcurrentModificationException;

/**
 * Failures a retry may follow at once (docs/rules/RetryWithoutBackoff.md, {@code IMMEDIATE_RETRY_EXCEPTION_WORDS}):
 * optimistic-locking conflicts, concurrent modifications, expired or rejected credentials, also in a multi-catch or a
 * recursive retry. One retrying catch of any other failure next to them is enough to need a wait.
 */
class ImmediateRetryFailures {
  static class OptimisticLockException extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  static class UnauthorizedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  static class TokenExpiredException extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  interface Repository {
    void save(String entity) throws IOException;

    String reload(String entity);
  }

  interface Api {
    String call(String token);
  }

  interface Auth {
    String refresh();
  }

  void acceptsConflictsInAMultiCatch(Repository repository, String entity) throws IOException {
    for (int attempt = 0; attempt < 5; attempt++) {
      try {
        repository.save(entity);
        return;
      } catch (OptimisticLockException | ConcurrentModificationException e) {
        System.err.println("conflict, reloading");
      }
    }
  }

  void flagsConflictCatchNextToAnIoCatch(Repository repository, String entity) {
    for (int attempt = 0; attempt < 5; attempt++) { // tracelint-expect: RetryWithoutBackoff -- tries again immediately
      try {
        repository.save(entity);
        return;
      } catch (OptimisticLockException e) {
        System.err.println("conflict, reloading");
      } catch (IOException e) {
        System.err.println("store unavailable");
      }
    }
  }

  String acceptsExpiredOrRejectedCredentialsRefreshedAtOnce(Api api, Auth auth) {
    String token = auth.refresh();
    for (int attempt = 0; attempt < 2; attempt++) {
      try {
        return api.call(token);
      } catch (TokenExpiredException | UnauthorizedException e) {
        token = auth.refresh();
      }
    }
    return null;
  }

  void acceptsRecursionOnAConcurrentModification(Repository repository, String entity, int attemptsLeft)
      throws IOException {
    try {
      repository.save(entity);
    } catch (ConcurrentModificationException e) {
      if (attemptsLeft > 0) {
        acceptsRecursionOnAConcurrentModification(repository, repository.reload(entity), attemptsLeft - 1);
      }
    }
  }
}
