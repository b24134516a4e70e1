package corpus.unboundedretry;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loops that ask an entry of a map they fill themselves and drop it when it is stale (docs/rules/UnboundedRetry.md,
 * point 3): each round that goes again asks a new object, as a loop over candidates does. A client taken from a pool
 * the loop drops only after a failed call is the same work asked again.
 */
class LoopStaleEntries {
  interface Worker {
    /** False once the worker has shut down and takes nothing more. */
    boolean offer(List<String> events);
  }

  interface Connection {
    void send(String batch) throws IOException;
  }

  private final Map<String, Worker> workers = new ConcurrentHashMap<>();
  private final Map<String, Connection> connections = new ConcurrentHashMap<>();

  Worker newWorker(String key) {
    return events -> true;
  }

  Connection connect(String host) {
    return batch -> {};
  }

  void acceptsHandOffToAWorkerRecreatedWhenShutDown(String key, List<String> events) {
    boolean handedOff = false;
    while (!handedOff) {
      Worker worker = workers.get(key);
      if (worker == null) {
        workers.putIfAbsent(key, newWorker(key));
      } else {
        handedOff = worker.offer(events);
        if (!handedOff) {
          workers.remove(key, worker);
        }
      }
    }
  }

  void acceptsHandOffReplacingTheStaleWorkerByKey(String key, List<String> events) {
    boolean handedOff = false;
    while (!handedOff) {
      Worker worker = workers.computeIfAbsent(key, this::newWorker);
      handedOff = worker.offer(events);
      if (!handedOff) {
        workers.remove(key);
      }
    }
  }

  void flagsPooledConnectionDroppedOnlyAfterAFailedSend(String host, String batch) {
    while (true) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      Connection connection = connections.get(host);
      if (connection == null) {
        connections.put(host, connect(host));
        continue;
      }
      try {
        connection.send(batch);
        return;
      } catch (IOException e) {
        connections.remove(host);
      }
    }
  }
}
