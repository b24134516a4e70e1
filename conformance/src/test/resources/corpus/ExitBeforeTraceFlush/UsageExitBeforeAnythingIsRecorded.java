package corpus.exitbeforetraceflush;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;

/**
 * An exit right after the pipeline is built, before any code that could record into it has run (a usage check that
 * prints and calls {@code System.exit}, returns or throws), leaves an empty export queue: nothing is lost. Once
 * something may have been recorded (a span, a call handed the tracer), or when any code may record (a pipeline
 * registered as the global one), the same exit loses spans.
 */
class UsageExitBeforeAnythingIsRecorded {
  static final String USAGE = "usage: export <bucket> [prefix]";

  static void export(Tracer tracer, String bucket) {
    Span span = tracer.spanBuilder("export").setAttribute("bucket", bucket).startSpan();
    span.end();
  }

  static boolean reachable(Tracer tracer, String bucket) {
    tracer.spanBuilder("probe").startSpan().end();
    return !bucket.isBlank();
  }

  private static void usage(String problem) {
    System.err.println(problem);
    System.err.println(USAGE);
    System.exit(64);
  }

  static class AcceptsUsageExitRightAfterTheBuild {
    public static void main(String[] args) {
      OpenTelemetrySdk telemetry = OpenTelemetrySdk.builder().build();
      if (args.length == 0) {
        System.err.println(USAGE);
        System.exit(64);
      }
      try {
        export(telemetry.getTracer("export"), args[0]);
      } finally {
        telemetry.close();
      }
    }
  }

  static class AcceptsEarlyReturnAfterTakingATracer {
    public static void main(String[] args) {
      SdkTracerProvider tracing = SdkTracerProvider.builder().build();
      Tracer tracer = tracing.get("export");
      if (args.length < 1 || args[0].isBlank()) {
        System.err.println(USAGE);
        return;
      }
      try {
        export(tracer, args[0]);
      } finally {
        tracing.close();
      }
    }
  }

  static class AcceptsThrowOnBadArguments {
    public static void main(String[] args) {
      OpenTelemetrySdk telemetry = OpenTelemetrySdk.builder().build();
      if (args.length > 2) {
        throw new IllegalArgumentException(USAGE);
      }
      try {
        export(telemetry.getTracer("export"), args[0]);
      } finally {
        telemetry.close();
      }
    }
  }

  static class AcceptsUsageHelperThatExits {
    public static void main(String[] args) {
      OpenTelemetrySdk telemetry = OpenTelemetrySdk.builder().build();
      if (args.length == 0) {
        usage("missing bucket");
      }
      try {
        export(telemetry.getTracer("export"), args[0]);
      } finally {
        telemetry.close();
      }
    }
  }

  static class FlagsUsageExitAfterAStartupSpan {
    public static void main(String[] args) {
      OpenTelemetrySdk telemetry = OpenTelemetrySdk.builder().build();
      telemetry.getTracer("export").spanBuilder("startup").startSpan().end();
      if (args.length == 0) {
        System.err.println(USAGE);
        System.exit(64); // tracelint-expect: ExitBeforeTraceFlush
      }
      try {
        export(telemetry.getTracer("export"), args[0]);
      } finally {
        telemetry.close();
      }
    }
  }

  static class FlagsCheckThatIsHandedTheTracer {
    public static void main(String[] args) {
      OpenTelemetrySdk telemetry = OpenTelemetrySdk.builder().build();
      Tracer tracer = telemetry.getTracer("export");
      if (!reachable(tracer, args[0])) {
        System.exit(69); // tracelint-expect: ExitBeforeTraceFlush
      }
      try {
        export(tracer, args[0]);
      } finally {
        telemetry.close();
      }
    }
  }

  static class FlagsGlobalPipelineAnyCodeMayRecordInto {
    public static void main(String[] args) {
      OpenTelemetrySdk telemetry = OpenTelemetrySdk.builder().buildAndRegisterGlobal();
      if (args.length == 0) {
        System.exit(64); // tracelint-expect: ExitBeforeTraceFlush
      }
      try {
        export(telemetry.getTracer("export"), args[0]);
      } finally {
        telemetry.close();
      }
    }
  }
}
