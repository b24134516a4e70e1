package corpus.blockingingestonrequestpath.sdk;

import java.util.concurrent.CompletableFuture;

/**
 * An in-house registry of span buffers, with no artifact: its getter shares a name with OpenTelemetrySdk's, and what it
 * returns is no telemetry pipeline.
 */
public class TelemetryRegistry {
  private final SpanBuffer buffer = new SpanBuffer();

  public SpanBuffer getSdkTracerProvider() {
    return buffer;
  }

  /** Spans kept in memory for a diagnostics page. */
  public static class SpanBuffer {
    public CompletableFuture<Void> forceFlush() {
      return CompletableFuture.completedFuture(null);
    }
  }
}
