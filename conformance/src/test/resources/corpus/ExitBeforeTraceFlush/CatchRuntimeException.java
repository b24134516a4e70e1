package corpus.exitbeforetraceflush;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code catch (RuntimeException e)} around calls that declare no checked exception catches all they can throw
 * (errors aside, as for {@code catch (Exception e)}); a call that declares one, or a {@code throw}, can go past it.
 */
class CatchRuntimeException {
  static int parse(String[] args) {
    return Integer.parseInt(args[0]);
  }

  static void run(Tracer tracer, int count) {
    Span span = tracer.spanBuilder("job").startSpan();
    try {
      span.setAttribute("count", count);
    } finally {
      span.end();
    }
  }

  static class AcceptsUncheckedCallsCaught {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      int count = 0;
      try {
        run(sdk.getTracer("job"), 1);
        count = parse(args);
      } catch (RuntimeException e) {
        System.err.println("bad count: " + e.getMessage());
      }
      try {
        run(sdk.getTracer("job"), count);
      } finally {
        sdk.close();
      }
    }
  }

  static class FlagsCheckedExceptionPastTheCatch {
    public static void main(String[] args) throws IOException { // tracelint-expect: ExitBeforeTraceFlush
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      String text = "";
      try {
        run(sdk.getTracer("job"), 1);
        text = Files.readString(Path.of(args[0]));
      } catch (RuntimeException e) {
        System.err.println("bad path: " + e.getMessage());
      }
      try {
        run(sdk.getTracer("job"), text.length());
      } finally {
        sdk.close();
      }
    }
  }

  static class FlagsThrowPastTheCatch {
    public static void main(String[] args) throws IOException { // tracelint-expect: ExitBeforeTraceFlush
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      try {
        run(sdk.getTracer("job"), 1);
        if (args.length == 0) {
          throw new IOException("no input");
        }
      } catch (RuntimeException e) {
        System.err.println("failed: " + e.getMessage());
      }
      sdk.close();
    }
  }

  static class AcceptsCatchRuntimeExceptionThenCloseInFinally {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      try {
        try {
          run(sdk.getTracer("job"), parse(args));
        } catch (RuntimeException e) {
          System.err.println("failed: " + e.getMessage());
        }
      } finally {
        sdk.close();
      }
    }
  }
}
