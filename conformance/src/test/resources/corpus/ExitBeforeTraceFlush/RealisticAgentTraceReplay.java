package corpus.exitbeforetraceflush;

import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Replays recorded agent conversations against a new prompt version and traces each replay. */
public class RealisticAgentTraceReplay {
  static void replay(Tracer tracer, List<String> conversations) {
    for (String conversation : conversations) {
      tracer.spanBuilder("replay").setAttribute("conversation.length", conversation.length()).startSpan().end();
    }
  }

  /** The failure path exits from the catch: System.exit does not run the finally that closes the SDK. */
  public static class Replay {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
          .setTracerProvider(SdkTracerProvider.builder().build())
          .build();
      try {
        replay(sdk.getTracer("replay"), Files.readAllLines(Path.of(args[0])));
      } catch (IOException e) {
        System.err.println("cannot read recordings: " + e.getMessage());
        System.exit(2); // tracelint-expect: ExitBeforeTraceFlush -- 'sdk'
      } finally {
        sdk.close();
      }
    }
  }

  /** The exit code is remembered and the exit happens after the finally. */
  public static class ReplayExitAfterFinally {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
          .setTracerProvider(SdkTracerProvider.builder().build())
          .build();
      int status = 0;
      try {
        replay(sdk.getTracer("replay"), Files.readAllLines(Path.of(args[0])));
      } catch (IOException e) {
        System.err.println("cannot read recordings: " + e.getMessage());
        status = 2;
      } finally {
        sdk.close();
      }
      System.exit(status);
    }
  }

  /**
   * The catch closes before it exits, but catches only IOException: a runtime exception of the replay (an invalid
   * path, a bad recording) leaves main past the close at the end.
   */
  public static class ReplayClosingCatch {
    public static void main(String[] args) { // tracelint-expect: ExitBeforeTraceFlush -- 'sdk'

      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
          .setTracerProvider(SdkTracerProvider.builder().build())
          .build();
      try {
        replay(sdk.getTracer("replay"), Files.readAllLines(Path.of(args[0])));
      } catch (IOException e) {
        sdk.close();
        System.exit(2);
      }
      sdk.close();
    }
  }

  /** The catch closes before it exits, and a finally closes on every other way out. */
  public static class ReplayClosingCatchAndFinally {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
          .setTracerProvider(SdkTracerProvider.builder().build())
          .build();
      try {
        replay(sdk.getTracer("replay"), Files.readAllLines(Path.of(args[0])));
      } catch (IOException e) {
        sdk.close();
        System.exit(2);
      } finally {
        sdk.close();
      }
    }
  }
}
