package corpus.unclosedtrace;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A batch framework's step listener (an in-house interface shaped like Spring Batch's): {@code beforeStep} starts an
 * observation per step execution and keeps it by execution id, {@code afterStep} stops it with the exit status.
 * The chunk hooks open and close the observation's scope around each chunk, paired the same way.
 */
class RealisticPairedBatchStepListener {
  interface StepListener {
    void beforeStep(long executionId, String stepName);

    String afterStep(long executionId, String exitStatus, Throwable failure);

    void beforeChunk(long executionId);

    void afterChunk(long executionId);
  }

  static final class ObservedSteps implements StepListener {
    private final Map<Long, Observation> steps = new ConcurrentHashMap<>();
    private final Map<Long, Observation.Scope> chunkScopes = new ConcurrentHashMap<>();
    private final ObservationRegistry registry;

    ObservedSteps(ObservationRegistry registry) {
      this.registry = registry;
    }

    @Override
    public void beforeStep(long executionId, String stepName) {
      Observation observation = Observation.start("batch.step", registry);
      observation.lowCardinalityKeyValue("step", stepName);
      steps.put(executionId, observation);
    }

    @Override
    public String afterStep(long executionId, String exitStatus, Throwable failure) {
      Observation observation = steps.remove(executionId);
      if (observation != null) {
        if (failure != null) {
          observation.error(failure);
        }
        observation.lowCardinalityKeyValue("exit", exitStatus);
        observation.stop();
      }
      return exitStatus;
    }

    @Override
    public void beforeChunk(long executionId) {
      Observation observation = steps.get(executionId);
      if (observation != null) {
        Observation.Scope scope = observation.openScope();
        chunkScopes.put(executionId, scope);
      }
    }

    @Override
    public void afterChunk(long executionId) {
      Observation.Scope scope = chunkScopes.remove(executionId);
      if (scope != null) {
        scope.close();
      }
    }
  }
}
