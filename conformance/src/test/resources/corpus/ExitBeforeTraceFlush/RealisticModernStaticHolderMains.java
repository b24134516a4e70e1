package corpus.exitbeforetraceflush;

import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.concurrent.Callable;

/**
 * Tools in the picocli style (a Callable<Integer> command, main passing its result to System.exit) and an SDK kept
 * in try-with-resources on an existing variable; the command closes what it builds in its own finally. Comparing an
 * argument ({@code args[0].equals("--hard")}) cannot fail between the first span and the close; asking the
 * configuration for the mode to compare with can.
 */
public class RealisticModernStaticHolderMains {
  static SpanExporter exporter() {
    throw new UnsupportedOperationException("provided by the deployment");
  }

  static final class ExportCommand implements Callable<Integer> {
    private final String[] args;

    ExportCommand(String[] args) {
      this.args = args.clone();
    }

    @Override
    public Integer call() {
      SdkTracerProvider provider =
          SdkTracerProvider.builder().addSpanProcessor(BatchSpanProcessor.builder(exporter()).build()).build();
      try {
        provider.get("export").spanBuilder("export").setAttribute("files", (long) args.length).startSpan().end();
        return args.length == 0 ? 64 : 0;
      } finally {
        provider.close();
      }
    }
  }

  public static class Export {
    public static void main(String[] args) {
      int exitCode = new ExportCommand(args).call();
      System.exit(exitCode);
    }
  }

  public static class ExistingVariableResource {
    public static void main(String[] args) throws Exception {
      var sdk = OpenTelemetrySdk.builder()
          .setTracerProvider(
              SdkTracerProvider.builder().addSpanProcessor(BatchSpanProcessor.builder(exporter()).build()).build())
          .build();
      int code;
      try (sdk) {
        sdk.getTracer("tool").spanBuilder("run").startSpan().end();
        code = args.length == 0 ? 64 : 0;
      }
      System.exit(code);
    }
  }

  public static class HaltAfterClose {
    public static void main(String[] args) {
      SdkTracerProvider provider =
          SdkTracerProvider.builder().addSpanProcessor(BatchSpanProcessor.builder(exporter()).build()).build();
      provider.get("watchdog").spanBuilder("tick").startSpan().end();
      if (args.length > 0 && args[0].equals("--hard")) {
        provider.close();
        Runtime.getRuntime().halt(3);
      }
      provider.close();
    }
  }

  static String configuredMode() {
    throw new UnsupportedOperationException("read from the deployment");
  }

  public static class ModeFromConfiguration {
    public static void main(String[] args) { // tracelint-expect: ExitBeforeTraceFlush -- tracer provider 'provider' is not flushed on every path out of main
      SdkTracerProvider provider =
          SdkTracerProvider.builder().addSpanProcessor(BatchSpanProcessor.builder(exporter()).build()).build();
      provider.get("watchdog").spanBuilder("tick").startSpan().end();
      if (args.length > 0 && args[0].equals(configuredMode())) {
        provider.close();
        Runtime.getRuntime().halt(3);
      }
      provider.close();
    }
  }

  public static class HaltBeforeClose {
    public static void main(String[] args) {
      SdkTracerProvider provider =
          SdkTracerProvider.builder().addSpanProcessor(BatchSpanProcessor.builder(exporter()).build()).build();
      Runtime.getRuntime().addShutdownHook(new Thread(provider::close));
      provider.get("watchdog").spanBuilder("tick").startSpan().end();
      if (args.length > 0) {
        Runtime.getRuntime().halt(3); // tracelint-expect: ExitBeforeTraceFlush -- tracer provider 'provider'
      }
    }
  }
}
