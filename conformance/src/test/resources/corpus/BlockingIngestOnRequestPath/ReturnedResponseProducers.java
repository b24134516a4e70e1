package corpus.blockingingestonrequestpath;

import io.opentelemetry.sdk.trace.SdkTracerProvider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Handlers that return the lambda producing their response: Spring MVC answers with what a returned Callable gives
 * and streams a StreamingResponseBody, JAX-RS writes a StreamingOutput; the answer waits for the lambda to finish.
 */
public class ReturnedResponseProducers {
  @RestController
  static class ReportController {
    private final SdkTracerProvider provider;
    private final ExecutorService exports;

    ReportController(SdkTracerProvider provider, ExecutorService exports) {
      this.provider = provider;
      this.exports = exports;
    }

    @PostMapping("/reports")
    public Callable<String> compile(@RequestBody String topic) {
      return () -> {
        String report = "report on " + topic;
        provider.forceFlush().join(5, TimeUnit.SECONDS); // tracelint-expect: BlockingIngestOnRequestPath
        return report;
      };
    }

    @PostMapping("/reports/quick")
    public Callable<String> compileQuickly(@RequestBody String topic) {
      return () -> {
        provider.forceFlush();
        return "report on " + topic;
      };
    }

    @GetMapping("/reports/raw")
    public StreamingResponseBody raw(@RequestParam String id) {
      StreamingResponseBody body = out -> {
        out.write(id.getBytes(StandardCharsets.UTF_8));
        provider.forceFlush().join(5, TimeUnit.SECONDS); // tracelint-expect: BlockingIngestOnRequestPath
      };
      return body;
    }

    @GetMapping("/reports/raw-fast")
    public StreamingResponseBody rawFast(@RequestParam String id) {
      Runnable settle = () -> provider.forceFlush().join(5, TimeUnit.SECONDS);
      exports.execute(settle);
      return out -> out.write(id.getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/reports/count")
    public Callable<Integer> count() {
      Callable<Integer> counting = () -> 42;
      exports.submit(() -> provider.forceFlush().join(5, TimeUnit.SECONDS));
      return counting;
    }
  }

  @Path("/exports")
  public static class ExportResource {
    private final SdkTracerProvider provider;

    ExportResource(SdkTracerProvider provider) {
      this.provider = provider;
    }

    @GET
    @Path("/{id}")
    public StreamingOutput download(@PathParam("id") String id) {
      return out -> {
        out.write(("id," + id + "\n").getBytes(StandardCharsets.UTF_8));
        provider.forceFlush().join(3, TimeUnit.SECONDS); // tracelint-expect: BlockingIngestOnRequestPath
      };
    }

    @GET
    @Path("/{id}/plain")
    public StreamingOutput downloadPlain(@PathParam("id") String id) {
      return out -> out.write(id.getBytes(StandardCharsets.UTF_8));
    }

    /** Not a resource method: a helper that builds the same lambda for a scheduled export. */
    StreamingOutput nightly() {
      return out -> provider.forceFlush().join(3, TimeUnit.SECONDS);
    }
  }
}
