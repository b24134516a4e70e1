package corpus.unboundedretry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;

/**
 * Loops whose attempt opens its own reader and reads its answer with a call named like intake
 * ({@code in.readLine()}, docs/rules/UnboundedRetry.md, point 2): the reader is declared in the same pass, often as
 * the attempt's try resource, so the read takes the answer to this attempt, not the next piece of work of a source;
 * a loop that does so forever is a retry. A reader opened before the loop, whose next line each turn takes, makes an
 * input loop, and so does a pass that reads its stream in an inner loop (a reconnecting stream consumer); an attempt
 * limit bounds the retry.
 */
class AttemptsReadingTheirOwnResponse {
  interface LineHandler {
    void handle(String line) throws IOException;
  }

  String flagsHealthProbeReadingItsOwnAnswerForever(URL health) throws InterruptedException {
    while (true) { // tracelint-expect: UnboundedRetry -- never gives up
      try (BufferedReader answer = new BufferedReader(new InputStreamReader(health.openStream()))) {
        return answer.readLine();
      } catch (IOException e) {
        System.err.println("health probe failed: " + e);
      }
      Thread.sleep(2_000);
    }
  }

  String acceptsHealthProbeWithAnAttemptLimit(URL health) throws IOException, InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try (BufferedReader answer = new BufferedReader(new InputStreamReader(health.openStream()))) {
        return answer.readLine();
      } catch (IOException e) {
        if (attempt == 3) {
          throw e;
        }
      }
      Thread.sleep(1_000L * attempt);
    }
  }

  void acceptsInputLoopReadingTheNextLineOfASharedReader(BufferedReader commands, LineHandler handler)
      throws IOException {
    while (true) {
      String command = commands.readLine();
      if (command == null) {
        return;
      }
      try {
        handler.handle(command);
      } catch (IOException e) {
        System.err.println("command failed: " + e);
      }
    }
  }

  void acceptsStreamConsumerReadingEachConnectionToItsEnd(URL feed, LineHandler handler, long pauseMillis)
      throws InterruptedException {
    while (!Thread.currentThread().isInterrupted()) {
      try (BufferedReader events = new BufferedReader(new InputStreamReader(feed.openStream()))) {
        String event;
        while ((event = events.readLine()) != null) {
          handler.handle(event);
        }
      } catch (IOException e) {
        System.err.println("feed dropped: " + e);
      }
      Thread.sleep(pauseMillis);
    }
  }
}
