package modern;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Lambdas, anonymous, local and nested types, generics, var, labels and resource blocks. */
public class LambdasAndLocalTypes {
  private static final Logger LOG = LoggerFactory.getLogger(LambdasAndLocalTypes.class);

  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.TYPE})
  @interface Tags {
    String[] value() default {};

    int[] weights() default {1, 2};
  }

  interface Exporter {
    void export(String item);

    default void exportAll(Collection<? extends CharSequence> items) {
      items.forEach(item -> export(normalise(item)));
    }

    static Exporter logging() {
      return item -> LOG.info("export {}", item.length());
    }

    private String normalise(CharSequence item) {
      return item.toString().trim();
    }
  }

  static final class Counter {
    private int count;

    int next() {
      return ++count;
    }
  }

  final class Inner {
    int doubled() {
      return counter.next() * 2;
    }
  }

  private final Tracer tracer;
  private final Counter counter = new Counter();
  private String token;

  public LambdasAndLocalTypes(Tracer tracer) {
    this.tracer = tracer;
  }

  @Tags(value = {"agent", "loop"}, weights = {3})
  <T extends Comparable<? super T>> T max(List<? extends T> values, Function<? super T, ? extends T> mapper) {
    T best = null;
    for (T value : values) {
      T mapped = mapper.apply(value);
      if (best == null || mapped.compareTo(best) > 0) {
        best = mapped;
      }
    }
    return best;
  }

  CompletableFuture<String> traced(Supplier<String> work) {
    Span span = tracer.spanBuilder("async").startSpan();
    return CompletableFuture.supplyAsync(work).whenComplete((result, error) -> span.end());
  }

  void localTypes(String[] names) {
    record Pair(String name, int length) {}
    enum Mode { FAST, SLOW }
    interface Namer {
      String name(Pair pair);
    }

    class Local implements Namer {
      @Override
      public String name(Pair pair) {
        return pair.name() + pair.length();
      }
    }

    var pairs = new ArrayList<Pair>();
    for (String name : names) {
      pairs.add(new Pair(name, name.length()));
    }
    pairs.sort(Comparator.comparingInt(Pair::length).thenComparing(Pair::name));
    Namer namer = new Local();
    Runnable anonymous = new Runnable() {
      @Override
      public void run() {
        Span span = tracer.spanBuilder("anonymous").startSpan();
        try {
          pairs.forEach(pair -> LOG.debug("{} {}", namer.name(pair), Mode.FAST));
        } finally {
          span.end();
        }
      }
    };
    anonymous.run();
    Map<String, Integer> lengths = Map.of("a", 1);
    lengths.forEach((key, value) -> LOG.trace("{}={}", key, value));
    LOG.info("token present: {}", token != null);
  }

  int labels(int[][] grid) {
    int found = 0;
    outer:
    for (int[] row : grid) {
      for (int cell : row) {
        if (cell < 0) {
          continue outer;
        }
        if (cell > 100) {
          break outer;
        }
        found += cell;
      }
    }
    return found;
  }

  String resources(byte[] data) throws IOException {
    InputStream first = new ByteArrayInputStream(data);
    InputStream second = new ByteArrayInputStream(data);
    Span span = tracer.spanBuilder("read").startSpan();
    try (first; Scope scope = span.makeCurrent()) {
      try (second) {
        return new String(first.readAllBytes()) + second.available();
      }
    } finally {
      span.end();
    }
  }

  void retryWithBackoff(Runnable call) throws InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        call.run();
        return;
      } catch (RuntimeException e) {
        if (attempt >= 3) {
          throw e;
        }
        TimeUnit.MILLISECONDS.sleep(100L * attempt);
      }
    }
  }
}
