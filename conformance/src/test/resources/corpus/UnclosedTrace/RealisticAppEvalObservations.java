package corpus.unclosedtrace;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** An offline evaluation job for a chat agent, observed with Micrometer: one observation per example. */
public class RealisticAppEvalObservations {
  record Example(String id, String question, String expected) {}

  record Score(String exampleId, double value) {}

  interface Judge {
    double score(String expected, String actual);
  }

  private final ObservationRegistry registry;
  private final Function<String, String> agent;
  private final Judge judge;

  public RealisticAppEvalObservations(ObservationRegistry registry, Function<String, String> agent, Judge judge) {
    this.registry = registry;
    this.agent = agent;
    this.judge = judge;
  }

  public List<Score> run(List<Example> examples) {
    List<Score> scores = new ArrayList<>();
    for (Example example : examples) {
      scores.add(scoreOne(example));
    }
    return scores;
  }

  Score scoreOne(Example example) {
    Observation observation = Observation.createNotStarted("eval.example", registry)
        .highCardinalityKeyValue("eval.example.id", example.id())
        .start();
    try (Observation.Scope scope = observation.openScope()) {
      String actual = agent.apply(example.question());
      double value = judge.score(example.expected(), actual);
      observation.highCardinalityKeyValue("eval.score", Double.toString(value));
      return new Score(example.id(), value);
    } catch (RuntimeException e) {
      observation.error(e);
      throw e;
    } finally {
      observation.stop();
    }
  }

  /** The judge is another model call; when it throws, the observation is never stopped. */
  Score scoreWithJudgeOutside(Example example) {
    Observation observation = Observation.createNotStarted("eval.example", registry).start(); // tracelint-expect: UnclosedTrace -- observation 'observation'
    String actual;
    try (Observation.Scope scope = observation.openScope()) {
      actual = agent.apply(example.question());
    }
    double value = judge.score(example.expected(), actual);
    observation.stop();
    return new Score(example.id(), value);
  }

  /** observe(..) does the start, scope, error and stop. */
  Score scoreObserved(Example example) {
    return Observation.createNotStarted("eval.example", registry)
        .contextualName("eval " + example.id())
        .observe(() -> new Score(example.id(), judge.score(example.expected(), agent.apply(example.question()))));
  }

  /** Started, then ended by a same-class helper in finally. */
  Score scoreWithHelper(Example example) {
    Observation observation = Observation.start("eval.example", registry);
    try {
      return new Score(example.id(), judge.score(example.expected(), agent.apply(example.question())));
    } finally {
      stopQuietly(observation);
    }
  }

  private static void stopQuietly(Observation observation) {
    if (observation != null) {
      observation.stop();
    }
  }
}
