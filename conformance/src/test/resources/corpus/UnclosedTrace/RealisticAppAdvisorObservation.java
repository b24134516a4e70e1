package corpus.unclosedtrace;

import io.micrometer.common.KeyValues;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.ObservationRegistry;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * An advisor chain around a chat client, in the style of Spring AI's advisors: each advisor call is a Micrometer
 * observation with its own context and convention, started, scoped, stopped in finally.
 */
public class RealisticAppAdvisorObservation {
  public static final class AdvisorContext extends Observation.Context {
    private final String advisorName;
    private int order;

    public AdvisorContext(String advisorName, int order) {
      this.advisorName = advisorName;
      this.order = order;
    }

    public String advisorName() {
      return advisorName;
    }

    public int order() {
      return order;
    }
  }

  public static final class AdvisorConvention implements ObservationConvention<AdvisorContext> {
    @Override
    public String getName() {
      return "app.advisor";
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(AdvisorContext context) {
      return KeyValues.of("advisor.name", context.advisorName(), "advisor.order", Integer.toString(context.order()));
    }

    @Override
    public boolean supportsContext(Observation.Context context) {
      return context instanceof AdvisorContext;
    }
  }

  public record Advisor(String name, int order, UnaryOperator<String> around) {}

  private static final AdvisorConvention DEFAULT_CONVENTION = new AdvisorConvention();

  private final ObservationRegistry registry;
  private final ObservationConvention<AdvisorContext> customConvention;
  private final List<Advisor> advisors;

  public RealisticAppAdvisorObservation(ObservationRegistry registry,
      ObservationConvention<AdvisorContext> customConvention, List<Advisor> advisors) {
    this.registry = registry;
    this.customConvention = customConvention;
    this.advisors = advisors;
  }

  public String call(String prompt) {
    String current = prompt;
    for (Advisor advisor : advisors) {
      current = advise(advisor, current);
    }
    return current;
  }

  private String advise(Advisor advisor, String request) {
    Observation observation = Observation.createNotStarted(customConvention, DEFAULT_CONVENTION,
        () -> new AdvisorContext(advisor.name(), advisor.order()), registry);
    observation.contextualName(advisor.name());
    observation.start();
    try (Observation.Scope scope = observation.openScope()) {
      return advisor.around().apply(request);
    } catch (RuntimeException e) {
      observation.error(e);
      throw e;
    } finally {
      observation.stop();
    }
  }
}
