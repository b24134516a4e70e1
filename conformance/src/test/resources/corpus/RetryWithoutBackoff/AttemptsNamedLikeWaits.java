package corpus.retrywithoutbackoff;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Attempts whose method shares a name with a catalogued wait ({@code Future#get(timeout, unit)},
 * {@code IntervalFunction#apply(attempt)}): only a call to the wait's owner is a wait; any other call of that name is
 * the attempt, and what it reads decides whether the next turn is a new request.
 */
public class AttemptsNamedLikeWaits {
  interface Client {
    String get(String host, String path) throws IOException;
  }

  interface Model {
    String chat(List<String> messages);
  }

  private final Client client;
  private final Model model;

  AttemptsNamedLikeWaits(Client client, Model model) {
    this.client = client;
    this.model = model;
  }

  /** Each turn asks the next host: {@code client.get(host, path)} is the attempt, not a timed wait. */
  String acceptsNextHostReadByATwoArgumentGet(Iterator<String> hosts, String path) throws IOException {
    String host = hosts.next();
    while (true) {
      try {
        return client.get(host, path);
      } catch (IOException e) {
        if (!hosts.hasNext()) {
          throw e;
        }
        host = hosts.next();
      }
    }
  }

  /** The failure is fed into the next query, which a one-argument {@code apply} runs. */
  String acceptsRepairedQueryRunByAFunction(String question, Function<String, String> runner) {
    String sql = model.chat(List.of("Write SQL for: " + question));
    for (int attempt = 0; attempt < 4; attempt++) {
      try {
        return runner.apply(sql);
      } catch (IllegalStateException e) {
        sql = model.chat(List.of("The query failed: " + e.getMessage(), sql));
      }
    }
    return "";
  }

  /** The same host asked again at once: a two-argument {@code get} of another type does not wait. */
  String flagsSameHostAskedAgainAtOnce(String host, String path) throws IOException {
    IOException last = null;
    for (int attempt = 0; attempt < 3; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        return client.get(host, path);
      } catch (IOException e) {
        last = e;
      }
    }
    throw last;
  }

  /** The same query run again at once: a one-argument {@code apply} of a {@code Function} does not wait. */
  String flagsSameQueryRunAgainAtOnce(String sql, Function<String, String> runner) {
    for (int attempt = 0; attempt < 3; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        return runner.apply(sql);
      } catch (IllegalStateException e) {
        // try the same query again
      }
    }
    return "";
  }

  /** A real {@code Future#get(timeout, unit)} waits out its budget before the caught timeout: paced. */
  String acceptsFutureWaitedWithATimeout(Future<String> pending) throws Exception {
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        return pending.get(2, TimeUnit.SECONDS);
      } catch (TimeoutException e) {
        // the budget ran out: ask again
      }
    }
    return "";
  }
}
