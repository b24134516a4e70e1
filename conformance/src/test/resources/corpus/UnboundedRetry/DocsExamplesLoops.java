package corpus.unboundedretry;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.util.InputMismatchException;
import java.util.List;
import java.util.Scanner;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Future;

/**
 * UnboundedRetry's page, its hand-written loops as the page writes them: the flagged shapes of points 5 to 9 and the
 * loops of "What is not flagged" and "Known limits".
 */
class DocsExamplesLoops {
  private static final int MAX = 5;
  private final DocsStore store;
  private final DocsChannel channel;

  DocsExamplesLoops(DocsStore store, DocsChannel channel) {
    this.store = store;
    this.channel = channel;
  }

  void send() throws IOException {}

  void flagsSuccessAfterTheTryWithContinueInTheCatch(String key, String value) {
    boolean stored = false;
    while (!stored) { // tracelint-expect: UnboundedRetry
      try {
        store.put(key, value);
      } catch (IOException e) {
        continue;
      }
      stored = true;
    }
  }

  void flagsFlagResetEachRound() {
    boolean retry;
    do { // tracelint-expect: UnboundedRetry
      retry = false;
      try {
        send();
      } catch (IOException e) {
        retry = true;
      }
    } while (retry);
  }

  void flagsTimeoutsRetriedBesideARethrownFailure() throws IOException {
    while (true) { // tracelint-expect: UnboundedRetry
      try {
        send();
        return;
      } catch (SocketTimeoutException e) {
        System.out.println("timed out, retrying");
      } catch (IOException e) {
        throw e;
      }
    }
  }

  void flagsLoopWhoseOnlyFailureExitIsAnInterrupt() {
    while (true) { // tracelint-expect: UnboundedRetry
      try {
        send();
        return;
      } catch (IOException e) {
        try {
          Thread.sleep(1_000);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  void acceptsAttemptCheckBeforeTheTry() throws IOException {
    int attempt = 0;
    while (true) {
      if (++attempt > MAX) {
        throw new IOException("gave up after " + MAX + " attempts");
      }
      try {
        send();
        return;
      } catch (IOException e) {
        System.out.println("retrying");
      }
    }
  }

  void acceptsDeadlineCheckAfterTheTry(long deadline) {
    while (true) {
      try {
        send();
        return;
      } catch (IOException e) {
        System.out.println("retrying");
      }
      if (System.nanoTime() > deadline) {
        break;
      }
    }
  }

  void acceptsWorkerLoop(BlockingQueue<String> queue) throws InterruptedException {
    while (true) {
      String job = queue.take();
      try {
        store.put(job, job);
      } catch (IOException e) {
        System.out.println("job failed: " + job);
      }
    }
  }

  int acceptsInputLoop(Scanner scanner) {
    while (true) {
      try {
        return scanner.nextInt();
      } catch (InputMismatchException e) {
        scanner.nextLine();
        System.out.println("a number, please");
      }
    }
  }

  ServerSocket acceptsPortsSteppedThrough(int first) {
    for (int port = first; ; port++) {
      try {
        return new ServerSocket(port);
      } catch (IOException e) {
        System.out.println("port taken: " + port);
      }
    }
  }

  String acceptsHostsSteppedThroughByIndex(List<String> hosts) {
    for (int i = 0; ; i++) {
      try {
        return store.call(hosts.get(i));
      } catch (IOException e) {
        System.out.println("host failed");
      }
    }
  }

  void acceptsSourceDrained() {
    while (true) {
      try {
        String f = channel.readFrame();
        if (f == null) {
          return;
        }
        channel.decode(f);
      } catch (IOException e) {
        System.out.println("bad frame");
      }
    }
  }

  void acceptsCatchThatHandsTheFailureToAContext(DocsRetryContext context) {
    while (true) {
      try {
        send();
        return;
      } catch (IOException e) {
        context.onError(e);
      }
    }
  }

  void acceptsComputedFlagValueInTheCatch() {
    boolean retry = true;
    while (retry) {
      try {
        send();
        retry = false;
      } catch (IOException e) {
        retry = shouldRetry(e);
      }
    }
  }

  private boolean shouldRetry(IOException e) {
    return e instanceof SocketTimeoutException;
  }

  void acceptsLoopStoppedByInterruption() {
    while (!Thread.currentThread().isInterrupted()) {
      try {
        send();
        return;
      } catch (IOException e) {
        System.out.println("retrying");
      }
    }
  }

  void acceptsReconnectThatReadsItsOwnConnection(DocsConnection connection) {
    while (true) {
      try {
        connection.write("ping");
        return;
      } catch (IOException e) {
        connection = channel.reconnect(connection);
      }
    }
  }

  String acceptsRetryThatGivesUpOnANullAnswer(String question) {
    while (true) {
      try {
        String answer = store.call(question);
        if (answer == null) {
          return null;
        }
        return answer;
      } catch (IOException e) {
        System.out.println("retrying");
      }
    }
  }

  void acceptsWaitOnAValueNotFetchedAgain(Future<String> future) throws InterruptedException {
    while (!future.isDone()) {
      Thread.sleep(100);
    }
  }
}

interface DocsStore {
  void put(String key, String value) throws IOException;

  String call(String target) throws IOException;
}

interface DocsChannel {
  String readFrame() throws IOException;

  void decode(String frame) throws IOException;

  DocsConnection reconnect(DocsConnection previous);
}

interface DocsConnection {
  void write(String line) throws IOException;
}

interface DocsRetryContext {
  void onError(Exception e);
}
