package corpus.unclosedtrace;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

/**
 * Micrometer keeps an observation's open scope in its registry: a framework hook may open it and drop the scope, and
 * the paired hook of the same class find it again ({@code registry.getCurrentObservationScope()}) and close it. A
 * dropped scope that nothing in the class looks up can never be closed.
 */
class ScopesClosedByAPairedHook {
  /** A poller's hooks: the message received opens the scope, the end of the polling task closes it. */
  static class ObservedPoller {
    private final ObservationRegistry registry;

    ObservedPoller(ObservationRegistry registry) {
      this.registry = registry;
    }

    void onMessageReceived(String message) {
      Observation.createNotStarted("poll.message", registry)
          .contextualName(message)
          .start()
          .openScope();
    }

    void onPollingTaskDone() {
      Observation.Scope scope = registry.getCurrentObservationScope();
      if (scope != null) {
        scope.close();
        scope.getCurrentObservation().stop();
      }
    }
  }

  /** The same pair as an interceptor's before and after callbacks. */
  static class ObservedToolInterceptor {
    private final ObservationRegistry registry;

    ObservedToolInterceptor(ObservationRegistry registry) {
      this.registry = registry;
    }

    boolean before(String tool) {
      Observation observation = Observation.start("tool.call", registry);
      observation.openScope();
      return true;
    }

    void after(String tool, Throwable failure) {
      Observation.Scope scope = registry.getCurrentObservationScope();
      if (scope == null) {
        return;
      }
      Observation observation = scope.getCurrentObservation();
      scope.close();
      if (failure != null) {
        observation.error(failure);
      }
      observation.stop();
    }
  }

  /** Opened by an instance initializer (no method encloses it), closed by the class's shutdown hook. */
  static class ScopeOpenedByAnInitializer {
    private final ObservationRegistry registry = ObservationRegistry.create();

    {
      Observation.start("component.lifetime", registry).openScope();
    }

    void onShutdown() {
      Observation.Scope scope = registry.getCurrentObservationScope();
      if (scope != null) {
        scope.close();
        scope.getCurrentObservation().stop();
      }
    }
  }

  /** Only reads the current scope: nothing closes what the hook opened. */
  static class ScopeNeverClosed {
    private final ObservationRegistry registry;

    ScopeNeverClosed(ObservationRegistry registry) {
      this.registry = registry;
    }

    void onMessageReceived(Observation observation) {
      observation.openScope(); // tracelint-expect: UnclosedTrace
    }

    boolean isObserving() {
      return registry.getCurrentObservationScope() != null;
    }
  }

  /** The closing method is a helper the opener calls on its normal path only: a failure in between leaks the scope. */
  static class ScopeClosedByAHelper {
    private final ObservationRegistry registry;

    ScopeClosedByAHelper(ObservationRegistry registry) {
      this.registry = registry;
    }

    void handle(Observation observation, Runnable work) {
      observation.openScope(); // tracelint-expect: UnclosedTrace
      work.run();
      closeCurrentScope();
    }

    private void closeCurrentScope() {
      Observation.Scope scope = registry.getCurrentObservationScope();
      if (scope != null) {
        scope.close();
      }
    }
  }

  void flagsScopeDroppedInAMethodWithoutAPairedHook(Observation observation) {
    observation.openScope(); // tracelint-expect: UnclosedTrace
  }
}
