package corpus.exitbeforetraceflush;

import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jobs that catch their failure and go on: a catch of Exception (or Throwable) catches what the try's calls throw, so
 * a close after it is on every path; a narrower catch is not.
 */
public class CaughtFailures {
  private static final Logger log = LoggerFactory.getLogger(CaughtFailures.class);

  static void sync(Tracer tracer) throws IOException {
    if (tracer == null) {
      throw new IOException("no tracer");
    }
  }

  /** Accepted: the failure is logged, then the SDK is closed on both paths. */
  public static class CatchExceptionThenClose {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      int status = 0;
      try {
        sync(sdk.getTracer("sync"));
      } catch (Exception e) {
        log.error("sync failed", e);
        status = 1;
      }
      sdk.close();
      System.exit(status);
    }
  }

  /** Accepted: the catch closes and exits, the normal path closes after the try. */
  public static class CatchClosesAndExits {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      try {
        sync(sdk.getTracer("sync"));
      } catch (Throwable t) {
        log.error("sync failed", t);
        sdk.close();
        System.exit(1);
      }
      sdk.close();
    }
  }

  /** Only IOException is caught: a RuntimeException from sync() leaves main with the SDK open. */
  public static class NarrowCatch {
    public static void main(String[] args) { // tracelint-expect: ExitBeforeTraceFlush
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      try {
        sync(sdk.getTracer("sync"));
      } catch (IOException e) {
        log.error("sync failed", e);
      }
      sdk.close();
    }
  }

  /** The catch rethrows: main leaves by the exception with the SDK open. */
  public static class CatchRethrows {
    public static void main(String[] args) { // tracelint-expect: ExitBeforeTraceFlush
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      try {
        sync(sdk.getTracer("sync"));
      } catch (Exception e) {
        throw new IllegalStateException("sync failed", e);
      }
      sdk.close();
    }
  }

  /** The close is the try's last statement: a failure goes to the catch, which does not close. */
  public static class CloseInsideTryOnly {
    public static void main(String[] args) { // tracelint-expect: ExitBeforeTraceFlush
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      try {
        sync(sdk.getTracer("sync"));
        sdk.close();
      } catch (Exception e) {
        log.error("sync failed", e);
      }
    }
  }
}
