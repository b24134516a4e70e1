package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.util.StringUtils;

/**
 * Code that cannot fail between a start and the try that ends it: empty or sized JDK collections, atomics and string
 * builders, null and emptiness tests, size queries, annotation reads. Their look-alikes that can fail still count.
 */
public class TriviallySafeBeforeTheTry {

  public void acceptsEmptyCollectionsAndAtomics(Tracer tracer) {
    Span span = tracer.spanBuilder("step").startSpan();
    Map<String, String> headers = new HashMap<>();
    List<String> results = new ArrayList<>(16);
    Map<String, Integer> counts = new ConcurrentHashMap<>();
    AtomicInteger attempts = new AtomicInteger(0);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    StringBuilder log = new StringBuilder(64);
    try {
      callTool(headers, results, counts, attempts, failure, log);
    } finally {
      span.end();
    }
  }

  public void acceptsNullAndEmptinessTests(Tracer tracer, String prompt, String model, List<String> tools) {
    Span span = tracer.spanBuilder("step").startSpan();
    if (Objects.nonNull(prompt) && StringUtils.hasText(model) && !tools.isEmpty() && tools.size() < 10) {
      span.setAttribute("model", Objects.requireNonNullElse(model, "default"));
    }
    Optional<String> maybe = Optional.ofNullable(prompt);
    int length = prompt == null ? 0 : prompt.length();
    try {
      callTool(maybe.isPresent(), length);
    } finally {
      span.end();
    }
  }

  public void acceptsAnnotationReads(Tracer tracer, Method method) {
    Span span = tracer.spanBuilder(method.getName()).startSpan();
    Deprecated deprecated = method.getAnnotation(Deprecated.class);
    boolean overridden = method.isAnnotationPresent(Override.class);
    Deprecated merged = AnnotationUtils.findAnnotation(method, Deprecated.class);
    try {
      callTool(deprecated != null || overridden, merged == null ? 0 : 1);
    } finally {
      span.end();
    }
  }

  public void flagsCopyOfAnotherCollection(Tracer tracer, Map<String, String> input) {
    Span span = tracer.spanBuilder("step").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    Map<String, String> copy = new HashMap<>(input);
    try {
      callTool(copy, null, null, null, null, null);
    } finally {
      span.end();
    }
  }

  public void flagsRequireNonNullBeforeTheTry(Tracer tracer, String prompt) {
    Span span = tracer.spanBuilder("step").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    Objects.requireNonNull(prompt, "prompt");
    try {
      callTool(true, prompt.length());
    } finally {
      span.end();
    }
  }

  public void flagsCollectionSizedByAVariable(Tracer tracer, int expected) {
    Span span = tracer.spanBuilder("step").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    List<String> results = new ArrayList<>(expected);
    try {
      callTool(null, results, null, null, null, null);
    } finally {
      span.end();
    }
  }

  public void flagsAnonymousSubclassOfACollection(Tracer tracer) {
    Span span = tracer.spanBuilder("step").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    List<String> seeded = new ArrayList<String>() {
      {
        add(load());
      }
    };
    try {
      callTool(null, seeded, null, null, null, null);
    } finally {
      span.end();
    }
  }

  private String load() {
    return "x";
  }

  private void callTool(Map<String, String> headers, List<String> results, Map<String, Integer> counts,
      AtomicInteger attempts, AtomicReference<Throwable> failure, StringBuilder log) {}

  private void callTool(boolean flag, int length) {}
}
