package corpus.unboundedretry;

import java.io.IOException;

/** Methods that retry by calling themselves from their own catch block. */
class RecursiveRetries {
  void post(String batch) throws IOException {}

  void exportForever(String batch) {
    try {
      post(batch);
    } catch (IOException e) {
      exportForever(batch); // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
    }
  }

  void exportForeverSlowly(String batch) throws InterruptedException {
    try {
      post(batch);
    } catch (IOException e) {
      Thread.sleep(1_000);
      exportForeverSlowly(batch); // tracelint-expect: UnboundedRetry
    }
  }

  void exportWithBudget(String batch, int attemptsLeft) throws IOException, InterruptedException {
    try {
      post(batch);
    } catch (IOException e) {
      if (attemptsLeft <= 1) {
        throw e;
      }
      Thread.sleep(500);
      exportWithBudget(batch, attemptsLeft - 1);
    }
  }

  void exportWithBudgetAtOnce(String batch, int attemptsLeft) throws IOException {
    try {
      post(batch);
    } catch (IOException e) {
      if (attemptsLeft <= 1) {
        throw e;
      }
      exportWithBudgetAtOnce(batch, attemptsLeft - 1); // tracelint-expect: RetryWithoutBackoff
    }
  }
}
