package corpus.exitbeforetraceflush;

import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;

/** Batch agent jobs configured from OTEL_* environment variables (the Langfuse OTLP endpoint and its headers). */
public class RealisticAgentAutoConfiguredBatch {
  static int summarizeInbox(OpenTelemetrySdk sdk) {
    sdk.getTracer("inbox").spanBuilder("summarize").startSpan().end();
    return 0;
  }

  /** The auto-configured SDK registers its own shutdown hook, which System.exit runs. */
  public static class Summarizer {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = AutoConfiguredOpenTelemetrySdk.initialize().getOpenTelemetrySdk();
      System.exit(summarizeInbox(sdk));
    }
  }

  /** The hook was switched off (to close "in the right order"), and nothing closes it before the exit. */
  public static class SummarizerWithoutHook {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = AutoConfiguredOpenTelemetrySdk.builder()
          .disableShutdownHook()
          .build()
          .getOpenTelemetrySdk();
      int status = summarizeInbox(sdk);
      System.exit(status); // tracelint-expect: ExitBeforeTraceFlush -- 'sdk'
    }
  }

  /** Hook switched off, closed explicitly before the exit. */
  public static class SummarizerClosing {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = AutoConfiguredOpenTelemetrySdk.builder()
          .disableShutdownHook()
          .build()
          .getOpenTelemetrySdk();
      int status;
      try {
        status = summarizeInbox(sdk);
      } finally {
        sdk.close();
      }
      System.exit(status);
    }
  }
}
