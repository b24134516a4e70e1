package corpus.exitbeforetraceflush;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.GlobalOpenTelemetry;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The entry points of a Spring Boot agent service: the framework owns the beans (and the SDK bean) and closes them
 * on shutdown, including on SpringApplication.exit.
 */
public class RealisticAppSpringBootAgentMain {
  public static void main(String[] args) {
    SpringApplication application = new SpringApplication(RealisticAppSpringBootAgentMain.class);
    application.setHeadless(true);
    application.run(args);
  }

  /** The one-shot mode of the same app: runs the ingestion job and exits with its code. */
  static final class OneShot {
    public static void main(String[] args) {
      ConfigurableApplicationContext context = SpringApplication.run(RealisticAppSpringBootAgentMain.class, args);
      System.exit(SpringApplication.exit(context));
    }
  }

  /** A helper CLI that only reads the global instance the Java agent installed: nothing here to flush. */
  static final class AgentInstrumented {
    public static void main(String[] args) {
      OpenTelemetry openTelemetry = GlobalOpenTelemetry.get();
      var span = openTelemetry.getTracer("probe").spanBuilder("probe").startSpan();
      try {
        System.out.println(args.length == 0 ? "no target" : "probing " + args[0]);
      } finally {
        span.end();
      }
      System.exit(args.length == 0 ? 2 : 0);
    }
  }
}
