package corpus.exitbeforetraceflush.inhouse.sdk;

import java.util.concurrent.CompletableFuture;

/**
 * The in-house job telemetry pipeline, known only through the Pipelines option:
 * {@code JobTelemetry#start:close|flushAndWait|flush} (a static factory; {@code flush} returns a future, so it counts
 * only when waited on) and {@code JobTelemetry.Builder#build:shutdown} (a nested builder, written with a dot).
 * {@code attach} joins the pipeline the host process owns and is not configured.
 */
public class JobTelemetry implements AutoCloseable {
  public static JobTelemetry start(String job) {
    return new JobTelemetry();
  }

  public static JobTelemetry attach(String job) {
    return new JobTelemetry();
  }

  public static Builder builder() {
    return new Builder();
  }

  public void step(String name) {}

  public CompletableFuture<Void> flush() {
    return CompletableFuture.completedFuture(null);
  }

  public void flushAndWait() {}

  public void shutdown() {}

  @Override
  public void close() {}

  /** Builds a pipeline with a custom collector. */
  public static final class Builder {
    public Builder collector(String url) {
      return this;
    }

    public JobTelemetry build() {
      return new JobTelemetry();
    }
  }
}
