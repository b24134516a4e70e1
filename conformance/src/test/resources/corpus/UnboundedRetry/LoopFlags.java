package corpus.unboundedretry;

import java.io.IOException;

/**
 * Loops on a boolean flag (docs/rules/UnboundedRetry.md, points 5 and 7). Only a local variable is the loop's own flag:
 * a parameter, of a method or of a lambda, is a stop flag that the caller sets, so a loop on it is neither an endless
 * flag loop nor left by assigning it. A flag compared with a literal is a flag however the literal is parenthesised.
 * The two engines' copies of the procedure once split on both: PMD took any parameter for a local, Error Prone missed
 * {@code sent == (false)}.
 */
class LoopFlags {
  interface Sender {
    void send(String batch, boolean stopped) throws InterruptedException;
  }

  void post(String batch) throws IOException {}

  void acceptsParameterStopFlag(String batch, boolean stopped) throws InterruptedException {
    while (!stopped) {
      try {
        post(batch);
        return;
      } catch (IOException e) {
        Thread.sleep(1_000);
      }
    }
  }

  void flagsLocalStopFlag(String batch) throws InterruptedException {
    boolean stopped = false;
    while (!stopped) { // tracelint-expect: UnboundedRetry
      try {
        post(batch);
        return;
      } catch (IOException e) {
        Thread.sleep(1_000);
      }
    }
  }

  void acceptsParameterFlagAssignedOnSuccess(String batch, boolean sent) {
    while (!sent) {
      try {
        post(batch);
        sent = true;
      } catch (IOException e) {
        System.err.println("export failed, retrying");
      }
    }
  }

  void flagsLocalFlagAssignedOnSuccess(String batch) {
    boolean sent = false;
    while (!sent) { // tracelint-expect: UnboundedRetry -- never gives up // tracelint-expect: RetryWithoutBackoff
      try {
        post(batch);
        sent = true;
      } catch (IOException e) {
        System.err.println("export failed, retrying");
      }
    }
  }

  void acceptsParameterFlagAndALimit(String batch, boolean sent) {
    int attempt = 0;
    while (!sent && attempt < 3) {
      try {
        post(batch);
        sent = true;
      } catch (IOException e) {
        attempt++;
      }
    }
  }

  void acceptsLocalFlagAndALimit(String batch) {
    boolean sent = false;
    int attempt = 0;
    while (!sent && attempt < 3) { // tracelint-expect: RetryWithoutBackoff
      try {
        post(batch);
        sent = true;
      } catch (IOException e) {
        attempt++;
      }
    }
  }

  Sender acceptsLambdaParameterStopFlag() {
    return (batch, stopped) -> {
      while (!stopped) {
        try {
          post(batch);
          return;
        } catch (IOException e) {
          Thread.sleep(1_000);
        }
      }
    };
  }

  Sender flagsLocalFlagInALambda() {
    return (batch, stopped) -> {
      boolean done = stopped;
      while (!done) { // tracelint-expect: UnboundedRetry
        try {
          post(batch);
          return;
        } catch (IOException e) {
          Thread.sleep(1_000);
        }
      }
    };
  }

  void flagsLocalFlagComparedWithAParenthesisedLiteral(String batch) {
    boolean sent = false;
    while (sent == (false)) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      try {
        post(batch);
        sent = true;
      } catch (IOException e) {
        System.err.println("export failed, retrying");
      }
    }
  }

  void acceptsParameterComparedWithAParenthesisedLiteral(String batch, boolean sent) {
    while (sent == (false)) {
      try {
        post(batch);
        sent = true;
      } catch (IOException e) {
        System.err.println("export failed, retrying");
      }
    }
  }

  void acceptsParenthesisedLiteralAndALimit(String batch) throws InterruptedException {
    boolean sent = false;
    for (int attempt = 0; (false) == sent && attempt < 3; attempt++) {
      try {
        post(batch);
        sent = true;
      } catch (IOException e) {
        Thread.sleep(100L << attempt);
      }
    }
  }

  // the flag raised after the try, the catch going round with continue (point 5)

  void flagsFlagRaisedAfterTheTry(String batch) throws InterruptedException {
    boolean sent = false;
    while (!sent) { // tracelint-expect: UnboundedRetry
      try {
        post(batch);
      } catch (IOException e) {
        Thread.sleep(1_000);
        continue;
      }
      sent = true;
    }
  }

  void acceptsFlagRaisedAfterTheTryWithALimit(String batch) throws IOException, InterruptedException {
    boolean sent = false;
    int failures = 0;
    while (!sent) {
      try {
        post(batch);
      } catch (IOException e) {
        if (++failures > 3) {
          throw e;
        }
        Thread.sleep(1_000);
        continue;
      }
      sent = true;
    }
  }

  void acceptsFlagRaisedAfterTheTryWhateverHappened(String batch) {
    boolean sent = false;
    while (!sent) {
      try {
        post(batch);
      } catch (IOException e) {
        System.err.println("dropped " + batch);
      }
      sent = true;
    }
  }

  void acceptsFlagRaisedOnlyOnSomePathsAfterTheTry(String batch, boolean confirm) throws InterruptedException {
    boolean sent = false;
    while (!sent) {
      try {
        post(batch);
      } catch (IOException e) {
        Thread.sleep(1_000);
        continue;
      }
      if (confirm) {
        sent = true;
      }
    }
  }
}
