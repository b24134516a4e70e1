package corpus.retrywithoutbackoff;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A CLI waiting for an evaluation run that a worker pool computes: each round waits on the future up to a slice of
 * the budget, so a timed-out round has already paused.
 */
public class RealisticAppTimeoutPacedPoll {
  private static final Logger log = LoggerFactory.getLogger(RealisticAppTimeoutPacedPoll.class);

  record Report(int passed, int failed) {}

  public Report await(Future<Report> run, Duration budget) throws ExecutionException, InterruptedException {
    Instant deadline = Instant.now().plus(budget);
    int rounds = 0;
    while (Instant.now().isBefore(deadline)) {
      try {
        return run.get(5, TimeUnit.SECONDS);
      } catch (TimeoutException e) {
        rounds++;
        log.info("evaluation still running after {} rounds", rounds);
      }
    }
    run.cancel(true);
    throw new IllegalStateException("evaluation did not finish within " + budget);
  }

  public Report awaitCompletable(CompletableFuture<Report> run, Duration slice, int maxSlices)
      throws ExecutionException, InterruptedException {
    for (int slices = 0; slices < maxSlices; slices++) {
      try {
        return run.get(slice.toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        System.err.print(".");
      }
    }
    throw new IllegalStateException("gave up after " + maxSlices + " slices of " + slice);
  }
}
