package corpus.retrywithoutbackoff;

import java.io.IOException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/** Keeps a connection to a trace collector: reconnects, retries sends, stops on interruption. */
public class RealisticCollectorConnection {
  private static final Logger LOG = Logger.getLogger(RealisticCollectorConnection.class.getName());

  interface Connection {
    void send(byte[] frame) throws IOException;
  }

  interface Connector {
    Connection connect() throws IOException;
  }

  private final Connector connector;
  private final ScheduledExecutorService scheduler;

  RealisticCollectorConnection(Connector connector, ScheduledExecutorService scheduler) {
    this.connector = connector;
    this.scheduler = scheduler;
  }

  /** Stops when the thread is interrupted; waits between reconnects. */
  public Connection connectUntilInterrupted() throws InterruptedException {
    long delay = 250;
    while (!Thread.currentThread().isInterrupted()) {
      try {
        return connector.connect();
      } catch (IOException e) {
        LOG.warning("collector connect failed: " + e.getMessage());
        TimeUnit.MILLISECONDS.sleep(delay);
        delay = Math.min(delay * 2, 30_000);
      }
    }
    throw new InterruptedException("interrupted while connecting");
  }

  /** Interruption is the only way out, and the loop reconnects at once. */
  public Connection connectEagerly() {
    while (!Thread.currentThread().isInterrupted()) { // tracelint-expect: RetryWithoutBackoff
      try {
        return connector.connect();
      } catch (IOException e) {
        LOG.warning("collector connect failed: " + e.getMessage());
      }
    }
    return null;
  }

  /** The only exit on failure is an interrupt while sleeping. */
  public Connection connectPatiently() {
    while (true) { // tracelint-expect: UnboundedRetry
      try {
        return connector.connect();
      } catch (IOException e) {
        try {
          Thread.sleep(2_000);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          return null;
        }
      }
    }
  }

  /** A failed send is handed to the scheduler, not repeated in place. */
  public void sendOrReschedule(Connection connection, byte[] frame, int attempt) {
    try {
      connection.send(frame);
    } catch (IOException e) {
      if (attempt < 5) {
        scheduler.schedule(() -> sendOrReschedule(connection, frame, attempt + 1), 1L << attempt, TimeUnit.SECONDS);
      }
    }
  }

  /** do/while with a flag computed from the attempt count: bounded, but no pause. */
  public void sendFrame(Connection connection, byte[] frame) {
    int attempts = 0;
    boolean again;
    do { // tracelint-expect: RetryWithoutBackoff
      again = false;
      try {
        connection.send(frame);
      } catch (IOException e) {
        again = ++attempts < 3;
      }
    } while (again);
  }
}
