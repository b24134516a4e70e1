package corpus.exitbeforetraceflush;

import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.concurrent.TimeUnit;

/**
 * A migration tool whose sub-commands are an enum with bodies; the exit code comes from a switch expression with
 * yield, and the SDK is shut down and waited on before every System.exit, except on the "abort" path. A main that
 * catches only the parse failure still leaves by any other exception of a sub-command without the shutdown.
 */
public class RealisticModernSwitchExitCodes {
  enum SubCommand {
    MIGRATE {
      @Override
      int run(Tracer tracer, String[] args) {
        tracer.spanBuilder("migrate").startSpan().end();
        return 0;
      }
    },
    VERIFY {
      @Override
      int run(Tracer tracer, String[] args) {
        return args.length > 1 ? 0 : 2;
      }
    };

    abstract int run(Tracer tracer, String[] args);

    static SubCommand parse(String name) {
      return switch (name) {
        case "migrate", "m" -> MIGRATE;
        case "verify", "v" -> VERIFY;
        default -> throw new IllegalArgumentException("unknown command " + name);
      };
    }
  }

  static SpanExporter exporter() {
    throw new UnsupportedOperationException("provided by the deployment");
  }

  static OpenTelemetrySdk sdk() {
    return OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exporter())).build())
        .build();
  }

  public static class Migrations {
    public static void main(String[] args) { // tracelint-expect: ExitBeforeTraceFlush -- OpenTelemetry SDK 'sdk' is not flushed on every path out of main
      OpenTelemetrySdk sdk = sdk();
      int code;
      try {
        SubCommand command = SubCommand.parse(args.length == 0 ? "verify" : args[0]);
        code = switch (command.run(sdk.getTracer("migrations"), args)) {
          case 0 -> 0;
          case 2 -> {
            System.err.println("verify needs a schema name");
            yield 64;
          }
          default -> 1;
        };
      } catch (IllegalArgumentException e) {
        System.err.println(e.getMessage());
        code = 64;
      }
      sdk.shutdown().join(10, TimeUnit.SECONDS);
      System.exit(code);
    }
  }

  public static class GuardedMigrations {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = sdk();
      int code;
      try {
        SubCommand command = SubCommand.parse(args.length == 0 ? "verify" : args[0]);
        code = switch (command.run(sdk.getTracer("migrations"), args)) {
          case 0 -> 0;
          case 2 -> {
            System.err.println("verify needs a schema name");
            yield 64;
          }
          default -> 1;
        };
      } catch (IllegalArgumentException e) {
        System.err.println(e.getMessage());
        code = 64;
      } finally {
        sdk.shutdown().join(10, TimeUnit.SECONDS);
      }
      System.exit(code);
    }
  }

  public static class AbortingMigrations {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = sdk();
      int code = SubCommand.MIGRATE.run(sdk.getTracer("migrations"), args);
      if (code != 0 && args.length > 1 && "--abort".equals(args[1])) {
        System.exit(code); // tracelint-expect: ExitBeforeTraceFlush -- OpenTelemetry SDK 'sdk'
      }
      sdk.close();
      System.exit(code);
    }
  }
}
