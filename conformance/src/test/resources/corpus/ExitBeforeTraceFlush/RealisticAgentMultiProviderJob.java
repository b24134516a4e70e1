package corpus.exitbeforetraceflush;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.logs.SdkLoggerProvider;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A batch agent job exporting traces and logs (prompts and completions as log records). */
public class RealisticAgentMultiProviderJob {
  static void runAgents(SdkTracerProvider tracerProvider, SdkLoggerProvider loggerProvider) {
    tracerProvider.get("batch").spanBuilder("agent.batch").startSpan().end();
    loggerProvider.get("batch").logRecordBuilder().setBody("completion").emit();
  }

  /** The tracer provider is flushed, the logger provider is forgotten: its prompt/completion records are lost. */
  public static class Job {
    public static void main(String[] args) { // tracelint-expect: ExitBeforeTraceFlush -- 'loggerProvider'
      SdkTracerProvider tracerProvider = SdkTracerProvider.builder().build();
      SdkLoggerProvider loggerProvider = SdkLoggerProvider.builder().build();
      try {
        runAgents(tracerProvider, loggerProvider);
      } finally {
        tracerProvider.forceFlush().join(10, TimeUnit.SECONDS);
      }
    }
  }

  /** Both shut down and waited on together. */
  public static class JobBoth {
    public static void main(String[] args) {
      SdkTracerProvider tracerProvider = SdkTracerProvider.builder().build();
      SdkLoggerProvider loggerProvider = SdkLoggerProvider.builder().build();
      try {
        runAgents(tracerProvider, loggerProvider);
      } finally {
        CompletableResultCode.ofAll(List.of(tracerProvider.shutdown(), loggerProvider.shutdown()))
            .join(10, TimeUnit.SECONDS);
      }
    }
  }
}
