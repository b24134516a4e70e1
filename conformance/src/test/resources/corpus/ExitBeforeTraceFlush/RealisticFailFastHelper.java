package corpus.exitbeforetraceflush;

import io.opentelemetry.sdk.OpenTelemetrySdk;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Import tools with a "die" helper, as CLI code often has. */
public class RealisticFailFastHelper {
  private static final Logger log = LoggerFactory.getLogger(RealisticFailFastHelper.class);

  public static class CsvImport {
    private static OpenTelemetrySdk sdk;

    public static void main(String[] args) {
      sdk = OpenTelemetrySdk.builder().build();
      Path input = Path.of(args[0]);
      if (!Files.isReadable(input)) {
        die("cannot read " + input);
      }
      sdk.getTracer("import").spanBuilder("import").startSpan().end();
      sdk.close();
    }

    private static void die(String message) {
      log.error(message);
      System.exit(1); // tracelint-expect: ExitBeforeTraceFlush
    }
  }

  public static class JsonImport {
    private static OpenTelemetrySdk sdk;

    public static void main(String[] args) {
      sdk = OpenTelemetrySdk.builder().build();
      try {
        Path input = Path.of(args[0]);
        if (!Files.isReadable(input)) {
          die("cannot read " + input);
        }
        sdk.getTracer("import").spanBuilder("import").startSpan().end();
      } finally {
        sdk.close();
      }
    }

    private static void die(String message) {
      log.error(message);
      sdk.close();
      System.exit(1);
    }
  }
}
