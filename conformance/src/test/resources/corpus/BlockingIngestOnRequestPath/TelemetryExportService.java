package corpus.blockingingestonrequestpath;

import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Service;

/**
 * A bean that waits for an export, declared in its own file: a handler in another file that calls it is not flagged,
 * by any engine, since PMD and the language server see one file at a time. Its own code serves no request.
 */
@Service
public class TelemetryExportService {
  private SdkTracerProvider provider;

  public void exportAndWait() {
    provider.forceFlush().join(5, TimeUnit.SECONDS);
  }
}
