package corpus.blockingingestonrequestpath;

import io.micronaut.http.annotation.*;
import io.sentry.Sentry;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Types that share a simple name with catalogued ones are not them: Micronaut's {@code @Controller}, imported on
 * demand, is not Spring's, so a Spring mapping left in it from a migration maps no request; nor are an in-house
 * annotation named {@code Path} and an in-house reporter named {@code AsyncReporter}.
 */
@Controller("/legacy")
class InHouseLookAlikes {
  /** Names a configuration key, not a resource. */
  @interface Path {
    String value();
  }

  /** Hands a batch to the in-house exporter's queue. */
  static class AsyncReporter {
    void flush() {}
  }

  private AsyncReporter reporter;

  @PostMapping("/migrated")
  String acceptsSpringMappingInMicronautController() {
    Sentry.flush(500);
    return "";
  }

  @Path("/run")
  String acceptsFlushUnderInHouseAnnotationNamedLikeJaxRs() {
    Sentry.flush(500);
    return "";
  }

  @Post("/report")
  String acceptsFlushOfInHouseTypeNamedLikeACataloguedOne() {
    reporter.flush();
    return "";
  }
}
