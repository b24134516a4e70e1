package corpus.unboundedretry;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Scheduled jobs of an agent platform: a heartbeat to the control plane every 30 seconds (one attempt per tick), and a
 * connection keeper that reconnects until the thread is interrupted, pausing between tries.
 */
public class RealisticAppSchedulerHeartbeat {
  private static final Logger log = LoggerFactory.getLogger(RealisticAppSchedulerHeartbeat.class);

  interface ControlPlane {
    void heartbeat(String workerId) throws IOException;

    void connect() throws IOException;

    void awaitDisconnect() throws InterruptedException;
  }

  private final ControlPlane controlPlane;
  private final String workerId;
  private volatile boolean stopped;

  public RealisticAppSchedulerHeartbeat(ControlPlane controlPlane, String workerId) {
    this.controlPlane = controlPlane;
    this.workerId = workerId;
  }

  @Scheduled(fixedDelay = 30, timeUnit = TimeUnit.SECONDS)
  public void heartbeat() {
    try {
      controlPlane.heartbeat(workerId);
    } catch (IOException e) {
      log.warn("heartbeat failed; the next tick tries again", e);
    }
  }

  public void keepConnected() throws InterruptedException {
    long pause = 1_000;
    while (!stopped && !Thread.currentThread().isInterrupted()) {
      try {
        controlPlane.connect();
        pause = 1_000;
        controlPlane.awaitDisconnect();
      } catch (IOException e) {
        log.warn("control plane unreachable, reconnecting in {} ms", pause, e);
        TimeUnit.MILLISECONDS.sleep(pause);
        pause = Math.min(pause * 2, 60_000);
      }
    }
  }

  public void stop() {
    stopped = true;
  }
}
