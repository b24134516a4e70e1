package corpus.unboundedretry;

import java.util.Scanner;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;

/** Loops that look like retries but try a new candidate, ask the user again, or wait on a lock with a deadline. */
public class RealisticCleanNewCandidatePerAttempt {
  static final class DuplicateKeyException extends RuntimeException {}

  interface Repository {
    void insert(String id, String payload);
  }

  private final Repository repository;

  RealisticCleanNewCandidatePerAttempt(Repository repository) {
    this.repository = repository;
  }

  public String insertWithFreshId(String payload) {
    for (int attempt = 0; attempt < 5; attempt++) {
      String id = UUID.randomUUID().toString().substring(0, 8);
      try {
        repository.insert(id, payload);
        return id;
      } catch (DuplicateKeyException e) {
        // short ids collide now and then: draw another one
      }
    }
    throw new IllegalStateException("could not allocate an id");
  }

  public int askForPort(Scanner in) {
    while (true) {
      System.out.print("port> ");
      try {
        int port = Integer.parseInt(in.nextLine().trim());
        if (port > 0 && port < 65536) {
          return port;
        }
        System.out.println("out of range");
      } catch (NumberFormatException e) {
        System.out.println("not a number");
      }
    }
  }

  public boolean lockWithDeadline(Lock lock, long timeoutMillis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    while (!lock.tryLock(100, TimeUnit.MILLISECONDS)) {
      if (System.currentTimeMillis() > deadline) {
        return false;
      }
    }
    return true;
  }
}
