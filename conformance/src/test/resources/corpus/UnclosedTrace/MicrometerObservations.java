package corpus.unclosedtrace;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

/** Micrometer Observation: start (instance or static) ends with stop; openScope closes. */
public class MicrometerObservations {
  private final ObservationRegistry registry;

  public MicrometerObservations(ObservationRegistry registry) {
    this.registry = registry;
  }

  public void stoppedOnNormalPathOnly() {
    Observation observation = Observation.createNotStarted("agent.run", registry).start(); // tracelint-expect: UnclosedTrace -- observation 'observation' is not ended on every path: call observation.stop()
    callTool();
    observation.stop();
  }

  public void staticStartStoppedOnNormalPathOnly() {
    Observation observation = Observation.start("agent.run", registry); // tracelint-expect: UnclosedTrace -- observation 'observation' is not ended on every path: call observation.stop() in a finally block
    callTool();
    observation.stop();
  }

  public void startedLaterStoppedInsideScope() {
    Observation observation = Observation.createNotStarted("agent.run", registry);
    observation.start(); // tracelint-expect: UnclosedTrace -- observation 'observation'
    try (Observation.Scope scope = observation.openScope()) {
      callTool();
      observation.stop();
    }
  }

  public void scopeClosedOnNormalPathOnly(Observation observation) {
    Observation.Scope scope = observation.openScope(); // tracelint-expect: UnclosedTrace -- scope 'scope'
    callTool();
    scope.close();
  }

  public void stoppedInFinally() {
    Observation observation = Observation.createNotStarted("agent.run", registry).start();
    try (Observation.Scope scope = observation.openScope()) {
      callTool();
    } catch (RuntimeException e) {
      observation.error(e);
      throw e;
    } finally {
      observation.stop();
    }
  }

  public void observeWrapper() {
    Observation.createNotStarted("agent.run", registry).observe(this::callTool);
  }

  public void acceptsStaticStartStoppedInFinally() {
    Observation observation = Observation.start("agent.run", registry);
    try {
      callTool();
    } finally {
      observation.stop();
    }
  }

  public void acceptsStartedLaterStoppedInFinally() {
    Observation observation = Observation.createNotStarted("agent.run", registry);
    observation.start();
    try (Observation.Scope scope = observation.openScope()) {
      callTool();
    } catch (RuntimeException e) {
      observation.error(e);
      throw e;
    } finally {
      observation.stop();
    }
  }

  public void ignoresObservationNeverStarted() {
    Observation observation = Observation.createNotStarted("agent.run", registry);
    callTool();
    observation.lowCardinalityKeyValue("k", "v");
  }

  private void callTool() {
    Remote.call();
  }
}
