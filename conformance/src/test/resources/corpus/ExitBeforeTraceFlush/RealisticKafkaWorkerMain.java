package corpus.exitbeforetraceflush;

import brave.Tracing;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Long-running queue workers started from main. */
public class RealisticKafkaWorkerMain {
  private static final Logger log = LoggerFactory.getLogger(RealisticKafkaWorkerMain.class);
  private static final BlockingQueue<String> QUEUE = new LinkedBlockingQueue<>();
  private static volatile boolean running = true;

  static void handle(Tracing tracing, String message) {
    tracing.tracer().nextSpan().name("handle").start().finish();
  }

  public static class Worker {
    public static void main(String[] args) throws InterruptedException {
      Tracing tracing = Tracing.newBuilder().localServiceName("worker").build();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        running = false;
        tracing.close();
      }));
      while (running) {
        String message = QUEUE.poll(1, TimeUnit.SECONDS);
        if (message != null) {
          handle(tracing, message);
        }
      }
    }
  }

  public static class PoisonAwareWorker {
    public static void main(String[] args) throws InterruptedException {
      Tracing tracing = Tracing.newBuilder().localServiceName("poison-aware-worker").build();
      Runtime.getRuntime().addShutdownHook(new Thread(tracing::close));
      while (running) {
        String message = QUEUE.poll(1, TimeUnit.SECONDS);
        if ("POISON".equals(message)) {
          log.error("poison message received, halting");
          Runtime.getRuntime().halt(3); // tracelint-expect: ExitBeforeTraceFlush
        }
        if (message != null) {
          handle(tracing, message);
        }
      }
    }
  }
}
