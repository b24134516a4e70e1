package corpus.exitbeforetraceflush;

import io.opentelemetry.sdk.OpenTelemetrySdk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@code throw} in a try whose {@code catch (Exception e)} catches it goes on in that catch, which is walked as a
 * path of its own; an {@code Error} goes past it.
 */
class ThrowsCaughtByTheirTry {
  private static final Logger log = LoggerFactory.getLogger(ThrowsCaughtByTheirTry.class);

  static int work(String[] args) {
    return args.length;
  }

  static class AcceptsValidationThrowCaughtByCatchException {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      try {
        if (args.length == 0) {
          throw new IllegalArgumentException("no input");
        }
        work(args);
      } catch (Exception e) {
        log.error("failed", e);
      }
      sdk.close();
    }
  }

  static class AcceptsThrowCaughtByCatchThrowable {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      try {
        if (args.length == 0) {
          throw new AssertionError("no input");
        }
        work(args);
      } catch (Throwable t) {
        log.error("failed", t);
      }
      sdk.close();
    }
  }

  static class FlagsErrorThrownPastCatchException {
    public static void main(String[] args) { // tracelint-expect: ExitBeforeTraceFlush
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      try {
        if (args.length == 0) {
          throw new AssertionError("no input");
        }
        work(args);
      } catch (Exception e) {
        log.error("failed", e);
      }
      sdk.close();
    }
  }

  static class FlagsCatchThatRethrows {
    public static void main(String[] args) { // tracelint-expect: ExitBeforeTraceFlush
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      try {
        if (args.length == 0) {
          throw new IllegalArgumentException("no input");
        }
        work(args);
      } catch (Exception e) {
        throw new IllegalStateException("job failed", e);
      }
      sdk.close();
    }
  }
}
