package corpus.unboundedretry;

import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumers and supervisors: a worker loop that takes the next job after a failure, a supervisor stopped by a flag,
 * a lambda worker submitted to an executor, and a heartbeat loop that runs forever by design.
 */
public class RealisticModernVirtualThreadWorkers {
  private static final Logger log = LoggerFactory.getLogger(RealisticModernVirtualThreadWorkers.class);

  record Job(String id, String payload) {}

  interface Handler {
    void handle(Job job) throws IOException;
  }

  interface Heartbeat {
    void beat() throws IOException;
  }

  private final BlockingQueue<Job> jobs;
  private final Handler handler;
  private final AtomicBoolean running = new AtomicBoolean(true);

  public RealisticModernVirtualThreadWorkers(BlockingQueue<Job> jobs, Handler handler) {
    this.jobs = jobs;
    this.handler = handler;
  }

  public void startWorkers(ExecutorService executor, int count) {
    for (int i = 0; i < count; i++) {
      executor.submit(
          () -> {
            while (running.get()) {
              try {
                Job job = jobs.poll(1, TimeUnit.SECONDS);
                if (job != null) {
                  handler.handle(job);
                }
              } catch (IOException e) {
                log.warn("job failed", e);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
              }
            }
          });
    }
  }

  public void consume() throws InterruptedException {
    while (true) {
      Job job = jobs.take();
      try {
        handler.handle(job);
      } catch (IOException e) {
        log.error("job {} failed, moving on", job.id(), e);
      }
    }
  }

  public void heartbeat(Heartbeat heartbeat) {
    while (!Thread.currentThread().isInterrupted()) {
      try {
        heartbeat.beat();
        TimeUnit.SECONDS.sleep(15);
      } catch (IOException e) {
        log.debug("heartbeat failed", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  public void stop() {
    running.set(false);
  }
}
