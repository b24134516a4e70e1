package corpus.unclosedtrace;

import brave.Span;
import brave.Tracer;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Spans per item inside loops with labeled continue and break, Optional callbacks that run in place, and a
 * Micrometer observation kept across a multi-catch.
 */
public class RealisticModernLoopsAndCallbacks {
  record Item(String id, String body, boolean skip) {}

  interface Processor {
    void process(Item item) throws java.io.IOException;
  }

  private final Tracer tracer;
  private final ObservationRegistry registry;
  private final Processor processor;

  public RealisticModernLoopsAndCallbacks(Tracer tracer, ObservationRegistry registry, Processor processor) {
    this.tracer = tracer;
    this.registry = registry;
    this.processor = processor;
  }

  public int processAll(Map<String, List<Item>> groups) {
    int done = 0;
    groups:
    for (var entry : groups.entrySet()) {
      for (Item item : entry.getValue()) {
        Span span = tracer.nextSpan().name("item").tag("group", entry.getKey()).start();
        try {
          if (item.skip()) {
            continue groups;
          }
          processor.process(item);
          done++;
        } catch (java.io.IOException e) {
          span.error(e);
          break groups;
        } finally {
          span.finish();
        }
      }
    }
    return done;
  }

  public void processIfPresent(Optional<Item> maybe) {
    maybe.ifPresentOrElse(
        item -> {
          Span span = tracer.nextSpan().name("optional.item").start();
          try {
            processor.process(item);
          } catch (java.io.IOException e) {
            span.error(e);
          } finally {
            span.finish();
          }
        },
        () -> tracer.nextSpan().name("optional.empty").start().finish());
  }

  public void observe(Item item) throws java.io.IOException {
    Observation observation = Observation.createNotStarted("process", registry).start();
    try (Observation.Scope scope = observation.openScope()) {
      processor.process(item);
    } catch (java.io.IOException | IllegalStateException e) {
      observation.error(e);
      throw e;
    } finally {
      observation.stop();
    }
  }

  public int processEndingInsideTheLoop(List<Item> items) throws java.io.IOException {
    int done = 0;
    for (Item item : items) {
      Span span = tracer.nextSpan().name("item.unsafe").start(); // tracelint-expect: UnclosedTrace -- span 'span'
      processor.process(item);
      span.finish();
      done++;
    }
    return done;
  }
}
