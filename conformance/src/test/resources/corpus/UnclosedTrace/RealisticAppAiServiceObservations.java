package corpus.unclosedtrace;

import dev.langchain4j.observability.api.event.AiServiceCompletedEvent;
import dev.langchain4j.observability.api.event.AiServiceErrorEvent;
import dev.langchain4j.observability.api.event.AiServiceStartedEvent;
import dev.langchain4j.observability.api.listener.AiServiceCompletedListener;
import dev.langchain4j.observability.api.listener.AiServiceErrorListener;
import dev.langchain4j.observability.api.listener.AiServiceStartedListener;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * AI-service listeners of one component: the started event starts a Micrometer observation kept by invocation id,
 * the completed and error events stop it. Nothing here may be reported: the observation is handed to the map.
 */
public class RealisticAppAiServiceObservations {
  private final ObservationRegistry registry;
  private final Map<UUID, Observation> running = new ConcurrentHashMap<>();

  public RealisticAppAiServiceObservations(ObservationRegistry registry) {
    this.registry = registry;
  }

  public AiServiceStartedListener started() {
    return new AiServiceStartedListener() {
      @Override
      public void onEvent(AiServiceStartedEvent event) {
        var invocation = event.invocationContext();
        Observation observation = Observation.createNotStarted("ai.service", registry)
            .lowCardinalityKeyValue("ai.interface", invocation.interfaceName())
            .lowCardinalityKeyValue("ai.method", invocation.methodName())
            .start();
        running.put(invocation.invocationId(), observation);
      }
    };
  }

  public AiServiceCompletedListener completed() {
    return new AiServiceCompletedListener() {
      @Override
      public void onEvent(AiServiceCompletedEvent event) {
        Observation observation = running.remove(event.invocationContext().invocationId());
        if (observation != null) {
          observation.highCardinalityKeyValue("ai.result.present", String.valueOf(event.result().isPresent()));
          observation.stop();
        }
      }
    };
  }

  public AiServiceErrorListener failed() {
    return new AiServiceErrorListener() {
      @Override
      public void onEvent(AiServiceErrorEvent event) {
        Observation observation = running.remove(event.invocationContext().invocationId());
        if (observation == null) {
          return;
        }
        observation.error(event.error());
        observation.stop();
      }
    };
  }

  /** A synchronous variant used by the batch evaluator: observe() starts, scopes, records errors and stops. */
  public String evaluateOne(String question, java.util.function.Function<String, String> assistant) {
    return Observation.createNotStarted("ai.eval.example", registry)
        .highCardinalityKeyValue("eval.question.length", Integer.toString(question.length()))
        .observe(() -> assistant.apply(question));
  }

  /** Started by hand around a checked call: stop in finally, error in catch, the scope in try-with-resources. */
  public String evaluateChecked(String question, Assistant assistant) throws Exception {
    Observation observation = Observation.start("ai.eval.checked", registry);
    try (Observation.Scope scope = observation.openScope()) {
      return assistant.ask(question);
    } catch (Exception e) {
      observation.error(e);
      throw e;
    } finally {
      observation.stop();
    }
  }

  public interface Assistant {
    String ask(String question) throws Exception;
  }
}
