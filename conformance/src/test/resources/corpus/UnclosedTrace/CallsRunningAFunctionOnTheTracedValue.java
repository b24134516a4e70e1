package corpus.unclosedtrace;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * A call on the observation itself that takes a lambda or method reference, such as Micrometer's scoped(..) and
 * scopedChecked(..), runs the function at once, and whatever the function throws skips the stop() after it. Flagged:
 * such a call between the start and a stop on the normal path only. Not flagged: the same call inside a try whose
 * finally stops, an error-and-stop in a catch of Throwable, and calls on the observation without a function
 * (tagging), which cannot fail.
 */
public class CallsRunningAFunctionOnTheTracedValue {
  interface Index {
    List<String> query(String text);
  }

  private final ObservationRegistry registry;
  private final Index index;

  public CallsRunningAFunctionOnTheTracedValue(ObservationRegistry registry, Index index) {
    this.registry = registry;
    this.index = index;
  }

  public List<String> flagsScopedSupplierBeforeTheStop(String text) {
    Observation lookup = Observation.start("index.lookup", registry); // tracelint-expect: UnclosedTrace -- observation 'lookup'
    List<String> hits = lookup.scoped(() -> index.query(text));
    lookup.stop();
    return hits;
  }

  public String flagsScopedCheckedCallableBeforeTheStop(Callable<String> loader) throws Exception {
    Observation load = Observation.createNotStarted("index.load", registry).start(); // tracelint-expect: UnclosedTrace -- observation 'load'
    String loaded = load.scopedChecked(loader::call);
    load.stop();
    return loaded;
  }

  public List<String> acceptsScopedSupplierInsideTheTry(Supplier<List<String>> search) {
    Observation lookup = Observation.start("index.lookup.safe", registry);
    try {
      return lookup.scoped(search);
    } finally {
      lookup.stop();
    }
  }

  public List<String> acceptsScopedAfterAnErrorAndStopInCatchOfThrowable(String text) {
    Observation lookup = Observation.start("index.lookup.caught", registry);
    try {
      List<String> hits = lookup.scoped(() -> index.query(text));
      lookup.stop();
      return hits;
    } catch (Throwable failure) {
      lookup.error(failure);
      lookup.stop();
      throw failure;
    }
  }

  public List<String> acceptsTagsBeforeTheTry(String text) {
    Observation lookup = Observation.start("index.lookup.tagged", registry);
    lookup.lowCardinalityKeyValue("index", "primary");
    lookup.highCardinalityKeyValue("query", text);
    try {
      return index.query(text);
    } finally {
      lookup.stop();
    }
  }
}
