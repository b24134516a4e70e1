package corpus.retrywithoutbackoff;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;

/**
 * Retries whose attempts are counted down by an immutable value replaced after each failure
 * ({@code budget = budget.spend()}), read only by the loop's condition or update: it ends the loop, it is not a
 * candidate the attempt tries, so the same call goes out again. A value the attempt itself reads (the next region's
 * endpoint) is a step through candidates, and so is a field the condition reads, which a helper of the attempt may
 * read too.
 */
public class AttemptsCountedDownByAValue {

  record Budget(int attemptsLeft, Duration pause) {
    static Budget of(int attempts) {
      return new Budget(attempts, Duration.ofMillis(200));
    }

    Budget spend() {
      return new Budget(attemptsLeft - 1, pause.multipliedBy(2));
    }

    boolean exhausted() {
      return attemptsLeft <= 0;
    }
  }

  record Region(URI endpoint, Region fallback) {}

  interface Assistant {
    String ask(String question) throws IOException;

    String askAt(URI endpoint, String question) throws IOException;
  }

  private final Assistant assistant;
  private Region currentRegion;

  public AttemptsCountedDownByAValue(Assistant assistant) {
    this.assistant = assistant;
  }

  private String askCurrentRegion(String question) throws IOException {
    return assistant.askAt(currentRegion.endpoint(), question);
  }

  public String askSpendingBudget(String question) throws IOException {
    Budget budget = Budget.of(4);
    while (!budget.exhausted()) { // tracelint-expect: RetryWithoutBackoff
      try {
        return assistant.ask(question);
      } catch (IOException e) {
        budget = budget.spend();
      }
    }
    throw new IOException("assistant unavailable");
  }

  public String askWithBudgetInTheUpdate(String question) throws IOException {
    IOException last = new IOException("no attempts");
    for (Budget budget = Budget.of(3); !budget.exhausted(); budget = budget.spend()) { // tracelint-expect: RetryWithoutBackoff
      try {
        return assistant.ask(question);
      } catch (IOException e) {
        last = e;
      }
    }
    throw last;
  }

  public String askPacedByBudget(String question) throws IOException, InterruptedException {
    Budget budget = Budget.of(4);
    while (!budget.exhausted()) {
      try {
        return assistant.ask(question);
      } catch (IOException e) {
        Thread.sleep(budget.pause().toMillis());
        budget = budget.spend();
      }
    }
    throw new IOException("assistant unavailable");
  }

  public String askAlongFallbacks(Region home, String question) throws IOException {
    IOException last = new IOException("no region");
    for (Region region = home; region != null; region = region.fallback()) {
      try {
        return assistant.askAt(region.endpoint(), question);
      } catch (IOException e) {
        last = e;
      }
    }
    throw last;
  }

  public String askAlongFallbacksKeptInAField(Region home, String question) throws IOException {
    currentRegion = home;
    while (currentRegion != null) {
      try {
        return askCurrentRegion(question);
      } catch (IOException e) {
        currentRegion = currentRegion.fallback();
      }
    }
    throw new IOException("every region failed");
  }

  public String askUntilBudgetRunsOut(String question) throws IOException, InterruptedException {
    Budget budget = Budget.of(5);
    while (true) {
      try {
        return assistant.ask(question);
      } catch (IOException e) {
        budget = budget.spend();
        if (budget.exhausted()) {
          throw e;
        }
        Thread.sleep(budget.pause().toMillis());
      }
    }
  }
}
