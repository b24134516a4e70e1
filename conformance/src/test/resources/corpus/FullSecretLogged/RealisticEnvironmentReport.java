package corpus.fullsecretlogged;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Logs the effective settings once the application is ready. */
@Component
public class RealisticEnvironmentReport {
  private static final Logger log = LoggerFactory.getLogger(RealisticEnvironmentReport.class);
  private static final List<String> REPORTED = List.of(
      "spring.datasource.url", "spring.datasource.username", "otel.exporter.otlp.endpoint", "app.agent.model");

  private final Environment environment;

  RealisticEnvironmentReport(Environment environment) {
    this.environment = environment;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void report() {
    for (String name : REPORTED) {
      log.info("{} = {}", name, environment.getProperty(name, "<unset>"));
    }
    log.info("datasource password set: {}", environment.getProperty("spring.datasource.password") != null);
    log.info("active profiles: {}", String.join(",", environment.getActiveProfiles()));
  }

  public void reportExporter() {
    String endpoint = environment.getProperty("otel.exporter.otlp.endpoint");
    String headers = environment.getProperty("otel.exporter.otlp.headers");
    log.info("OTLP exporter endpoint={} headers={}", endpoint, headers); // tracelint-expect: FullSecretLogged
  }

  public void reportMail() {
    String host = environment.getProperty("spring.mail.host");
    String user = environment.getProperty("spring.mail.username");
    String mailPassword = environment.getProperty("spring.mail.password", "");
    log.info("mail via {} as {} (password {} chars)", host, user, mailPassword.length());
  }
}
