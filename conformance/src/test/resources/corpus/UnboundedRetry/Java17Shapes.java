package corpus.unboundedretry;

import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;

/** Retry loops written with Java 17 syntax: records, switch expressions, patterns, text blocks, lambdas, local classes. */
class Java17Shapes {
  record Batch(String id, List<String> spans) {}

  sealed interface Outcome permits Accepted, Rejected {}

  record Accepted(String receipt) implements Outcome {}

  record Rejected(int status) implements Outcome {}

  Outcome post(Batch batch) throws IOException {
    return new Accepted(batch.id());
  }

  <T> T flagsGenericRetryWithATextBlock(Supplier<T> call) {
    while (true) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      try {
        return call.get();
      } catch (RuntimeException e) {
        var report = """
            call failed, retrying
            """;
        System.err.print(report);
      }
    }
  }

  String acceptsSwitchExpressionAndLabelledBreak(Batch batch) throws InterruptedException {
    int attempt = 0;
    retry:
    for (;;) {
      try {
        Outcome outcome = post(batch);
        String label = switch (attempt) {
          case 0 -> {
            if (batch.spans().isEmpty()) {
              yield "empty";
            }
            yield "first";
          }
          default -> outcome instanceof Rejected rejected ? "rejected " + rejected.status() : "accepted";
        };
        if (outcome instanceof Accepted accepted && !accepted.receipt().isEmpty()) {
          return label;
        }
      } catch (IOException e) {
        if (++attempt > 3) {
          break retry;
        }
        Thread.sleep(100L << attempt);
      }
    }
    return "gave up";
  }

  Runnable flagsDoWhileTrueInALocalClass(Batch batch) {
    class Exporter implements Runnable {
      @Override
      public void run() {
        do { // tracelint-expect: UnboundedRetry
          try {
            post(batch);
            return;
          } catch (IOException e) {
            pause();
          }
        } while (true);
      }
    }
    return new Exporter();
  }

  Runnable acceptsBoundedLoopInAnAnonymousClass(Batch batch) {
    return new Runnable() {
      @Override
      public void run() {
        for (int attempt = 0; attempt < 3; attempt++) { // tracelint-expect: RetryWithoutBackoff
          try {
            post(batch);
            return;
          } catch (IOException e) {
            System.err.println("attempt " + attempt + " failed");
          }
        }
      }
    };
  }

  static void pause() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
