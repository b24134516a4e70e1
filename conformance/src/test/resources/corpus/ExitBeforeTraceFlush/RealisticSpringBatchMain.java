package corpus.exitbeforetraceflush;

import io.opentelemetry.sdk.OpenTelemetrySdk;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** Spring Boot batch entry points: the framework owns the lifecycle of its beans. */
public class RealisticSpringBatchMain {
  public static class BatchApplication {
    public static void main(String[] args) {
      ConfigurableApplicationContext context = SpringApplication.run(BatchApplication.class, args);
      System.exit(SpringApplication.exit(context));
    }
  }

  public static class TelemetryAwareBatchApplication {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().buildAndRegisterGlobal();
      ConfigurableApplicationContext context = SpringApplication.run(TelemetryAwareBatchApplication.class, args);
      int code = SpringApplication.exit(context);
      sdk.close();
      System.exit(code);
    }
  }
}
