package corpus.unclosedtrace;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Map;

/** An agent's tool executor instrumented with Micrometer observations. */
public class RealisticToolObservations {
  interface Tool {
    Object invoke(Map<String, Object> arguments);
  }

  private final ObservationRegistry registry;
  private final Map<String, Tool> tools;

  RealisticToolObservations(ObservationRegistry registry, Map<String, Tool> tools) {
    this.registry = registry;
    this.tools = tools;
  }

  public Object execute(String name, Map<String, Object> arguments) {
    Observation observation = Observation.createNotStarted("agent.tool", registry)
        .lowCardinalityKeyValue("tool", name)
        .start();
    try (Observation.Scope scope = observation.openScope()) {
      return tools.get(name).invoke(arguments);
    } catch (RuntimeException e) {
      observation.error(e);
      throw e;
    } finally {
      observation.stop();
    }
  }

  public Object executeObserved(String name, Map<String, Object> arguments) {
    return Observation.createNotStarted("agent.tool.observed", registry)
        .lowCardinalityKeyValue("tool", name)
        .observe(() -> tools.get(name).invoke(arguments));
  }

  public Object executeWithFallback(String name, String fallback, Map<String, Object> arguments) {
    Observation observation = Observation.start("agent.tool.fallback", registry); // tracelint-expect: UnclosedTrace
    observation.lowCardinalityKeyValue("tool", name);
    Tool tool = tools.getOrDefault(name, tools.get(fallback));
    Object result = tool.invoke(arguments);
    observation.stop();
    return result;
  }
}
