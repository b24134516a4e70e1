package corpus.exitbeforetraceflush;

import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;

/** A prompt-management CLI with subcommands: usage errors exit before any telemetry exists. */
public class RealisticAppUsageBeforeTelemetry {
  enum Command { PUSH, PULL, DIFF }

  static Command parse(String name) {
    return switch (name) {
      case "push" -> Command.PUSH;
      case "pull" -> Command.PULL;
      case "diff" -> Command.DIFF;
      default -> null;
    };
  }

  static OpenTelemetrySdk telemetry() {
    return OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder()
            .addSpanProcessor(BatchSpanProcessor.builder(SpanExporter.composite()).build())
            .build())
        .build();
  }

  static int execute(Tracer tracer, Command command, String[] args) {
    var span = tracer.spanBuilder("prompts." + command.name().toLowerCase()).startSpan();
    try {
      return args.length > 1 ? 0 : 3;
    } finally {
      span.end();
    }
  }

  public static void main(String[] args) {
    if (args.length == 0) {
      System.err.println("usage: prompts push|pull|diff <name>");
      System.exit(64);
    }
    Command command = parse(args[0]);
    if (command == null) {
      System.err.println("unknown command " + args[0]);
      System.exit(64);
    }
    int status;
    try (OpenTelemetrySdk sdk = telemetry()) {
      status = execute(sdk.getTracer("prompts"), command, args);
    }
    System.exit(status);
  }
}
