package corpus.exitbeforetraceflush;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;

/** An agent CLI ("agent run <goal>") whose telemetry is set up at the top of main. */
public class RealisticAgentCliValidation {
  static final String USAGE = "usage: agent run <goal> [--model name]";

  static OpenTelemetrySdk telemetry() {
    return OpenTelemetrySdk.builder().setTracerProvider(SdkTracerProvider.builder().build()).build();
  }

  static String runAgent(OpenTelemetrySdk sdk, String goal) {
    Span span = sdk.getTracer("agent-cli").spanBuilder("agent.run").startSpan();
    try {
      return "plan for " + goal;
    } finally {
      span.end();
    }
  }

  /** Telemetry first, then argument checks that exit with a usage code: the startup spans are lost. */
  public static class Cli {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = telemetry();
      sdk.getTracer("agent-cli").spanBuilder("cli.start").startSpan().end();
      if (args.length < 2 || !"run".equals(args[0])) {
        System.err.println(USAGE);
        System.exit(64); // tracelint-expect: ExitBeforeTraceFlush -- 'sdk'
      }
      try {
        System.out.println(runAgent(sdk, args[1]));
      } finally {
        sdk.close();
      }
    }
  }

  /** Arguments checked before telemetry exists. */
  public static class CliValidatedFirst {
    public static void main(String[] args) {
      if (args.length < 2 || !"run".equals(args[0])) {
        System.err.println(USAGE);
        System.exit(64);
      }
      OpenTelemetrySdk sdk = telemetry();
      try {
        System.out.println(runAgent(sdk, args[1]));
      } finally {
        sdk.close();
      }
    }
  }

  /** The usage exit closes first. */
  public static class CliClosesOnUsage {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = telemetry();
      if (args.length < 2) {
        System.err.println(USAGE);
        sdk.close();
        System.exit(64);
      }
      try {
        System.out.println(runAgent(sdk, args[1]));
      } finally {
        sdk.close();
      }
    }
  }
}
