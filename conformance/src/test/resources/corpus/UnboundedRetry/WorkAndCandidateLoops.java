package corpus.unboundedretry;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.util.Iterator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loops that move on instead of retrying the same call (docs/rules/UnboundedRetry.md, points 1 to 3): worker, event and
 * input loops that take new work each turn, wherever the intake call sits, and loops that step through candidates
 * (an enhanced for, {@code hosts.get(i)}, {@code new ServerSocket(port)}). An attempt counter passed to the call or
 * logged does not make a loop step through anything: it still retries.
 */
class WorkAndCandidateLoops {
  private static final Logger log = LoggerFactory.getLogger(WorkAndCandidateLoops.class);

  interface Host {
    String call() throws IOException;
  }

  interface Api {
    void send(String body, int attempt) throws IOException;
  }

  void handle(String job) throws IOException {}

  String call(Host host) throws IOException {
    return host.call();
  }

  void acceptsWorkerThatPollsBeforeTheTry(Queue<String> queue) {
    for (;;) {
      String job = queue.poll();
      try {
        handle(job);
        if (job == null) {
          break;
        }
      } catch (IOException e) {
        System.err.println(e);
      }
    }
  }

  void acceptsWorkerThatTakesBeforeTheTry(BlockingQueue<String> queue) throws InterruptedException {
    while (true) {
      String job = queue.take();
      try {
        handle(job);
        if (job.isEmpty()) {
          return;
        }
      } catch (IOException e) {
        System.err.println("job failed");
      }
    }
  }

  void acceptsEventLoopReadingTheNextEvent(Iterator<String> events) {
    while (true) {
      try {
        handle(events.next());
        if (!events.hasNext()) {
          return;
        }
      } catch (IOException e) {
        System.err.println("event failed");
      }
    }
  }

  int acceptsInputLoopReadingTheNextByte(InputStream in) {
    while (true) {
      try {
        return in.read();
      } catch (IOException e) {
        System.err.println("read failed");
      }
    }
  }

  String acceptsEnhancedForOverHosts(List<Host> hosts) throws IOException {
    for (Host host : hosts) {
      try {
        return host.call();
      } catch (IOException e) {
        log.warn("host failed", e);
      }
    }
    throw new IOException("no host answered");
  }

  String acceptsCountingForOverHostsWithoutACondition(List<Host> hosts) {
    for (int i = 0; ; i++) {
      try {
        return call(hosts.get(i));
      } catch (IOException e) {
        log.warn("host failed", e);
      }
    }
  }

  String acceptsRoundRobinOverHosts(List<Host> hosts) {
    for (int i = 0; ; i = (i + 1) % hosts.size()) {
      try {
        return hosts.get(i).call();
      } catch (IOException e) {
        log.warn("host failed, trying the next one", e);
      }
    }
  }

  ServerSocket acceptsSuccessivePortsWithoutACondition(int first) {
    for (int port = first; ; port++) {
      try {
        return new ServerSocket(port);
      } catch (IOException e) {
        System.err.println("port taken");
      }
    }
  }

  void flagsAttemptCounterPassedToTheCallAndLogged(Api api, String body) {
    int attempt = 0;
    while (true) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      attempt++;
      try {
        api.send(body, attempt);
        return;
      } catch (IOException e) {
        log.warn("attempt {} failed", attempt);
      }
    }
  }
}
