package corpus.exitbeforetraceflush;

import io.opentelemetry.sdk.OpenTelemetrySdk;
import java.io.File;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Upload tools that return early when there is nothing to do. */
public class RealisticEarlyReturnMain {
  private static final Logger log = LoggerFactory.getLogger(RealisticEarlyReturnMain.class);

  static void upload(OpenTelemetrySdk sdk, File[] files) {
    sdk.getTracer("upload").spanBuilder("upload").setAttribute("files", files.length).startSpan().end();
  }

  public static class Uploader {
    public static void main(String[] args) { // tracelint-expect: ExitBeforeTraceFlush
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      File[] files = new File(args[0]).listFiles();
      if (files == null || files.length == 0) {
        log.info("nothing to upload");
        return;
      }
      upload(sdk, files);
      sdk.close();
    }
  }

  public static class CarefulUploader {
    public static void main(String[] args) {
      File[] files = new File(args[0]).listFiles();
      if (files == null || files.length == 0) {
        log.info("nothing to upload");
        return;
      }
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      try {
        upload(sdk, files);
      } finally {
        sdk.close();
      }
    }
  }
}
