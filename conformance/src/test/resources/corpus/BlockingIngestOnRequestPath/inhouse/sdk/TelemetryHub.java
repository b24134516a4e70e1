package corpus.blockingingestonrequestpath.inhouse.sdk;

import java.util.concurrent.CompletableFuture;

/**
 * The in-house telemetry facade. The BlockingCalls option lists {@code TelemetryHub#drain} (sends every queued span
 * and returns when the collector answered), {@code TelemetryHub#drainAsync} (a future: blocks only when waited on)
 * and the nested {@code TelemetryHub$Exporter#push} (in the binary spelling, with a dollar sign). {@code record}
 * and {@code enqueue} only queue.
 */
public class TelemetryHub {
  public void record(String name, long micros) {}

  public void drain() {}

  public CompletableFuture<Void> drainAsync() {
    return CompletableFuture.completedFuture(null);
  }

  public Exporter exporter() {
    return new Exporter();
  }

  /** Ships batches to the collector. */
  public static final class Exporter {
    public void enqueue(String batch) {}

    public void push() {}
  }
}
