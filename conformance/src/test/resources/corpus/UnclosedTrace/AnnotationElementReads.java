package corpus.unclosedtrace;

import corpus.unclosedtrace.beans.Settings;
import corpus.unclosedtrace.beans.Traced;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.reflect.Method;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.util.StringUtils;

/**
 * An element read on an annotation ({@code traced.description()}) returns what the class file holds: harmless between
 * a start and the try. With types the value's type says it is an annotation; without them, a local that only
 * annotation lookups given a class literal are assigned to, or a variable declared with an annotation type of the
 * unit. The same read on an ordinary object may do anything.
 */
public class AnnotationElementReads {
  private final Tracer tracer;

  public AnnotationElementReads(Tracer tracer) {
    this.tracer = tracer;
  }

  public Object acceptsElementReadsOfALookedUpAnnotation(Method method, Work work) throws Exception {
    Traced traced = AnnotationUtils.findAnnotation(method, Traced.class);
    if (traced == null) {
      traced = AnnotationUtils.findAnnotation(method.getDeclaringClass(), Traced.class);
    }
    Span span = tracer.spanBuilder(method.getName()).startSpan();
    if (traced != null && StringUtils.hasText(traced.description())) {
      span.setAttribute("description", traced.description());
    }
    try {
      return work.call();
    } finally {
      span.end();
    }
  }

  public Object acceptsElementReadOnAReflectiveLookup(Method method, Work work) throws Exception {
    Span span = tracer.spanBuilder(method.getName()).startSpan();
    Deprecated deprecated = method.getAnnotation(Deprecated.class);
    String since = deprecated == null ? "" : deprecated.since();
    try {
      return work.call();
    } finally {
      span.setAttribute("since", since);
      span.end();
    }
  }

  public Object acceptsElementReadOnAParameterOfAnAnnotationTypeOfTheUnit(Step step, Work work) throws Exception {
    Span span = tracer.spanBuilder("step").startSpan();
    span.setAttribute("step", step.name());
    try {
      return work.call();
    } finally {
      span.end();
    }
  }

  public Object flagsLookalikeReadOnAnOrdinaryObject(String path, Work work) throws Exception {
    Settings settings = new Settings(path);
    Span span = tracer.spanBuilder("load").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    span.setAttribute("description", settings.description());
    try {
      return work.call();
    } finally {
      span.end();
    }
  }

  public Object flagsElementReadOnAnAnnotationPassedThroughAHelper(Method method, Work work) throws Exception {
    Traced traced = AnnotationUtils.findAnnotation(method, Traced.class);
    Span span = tracer.spanBuilder("step").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    span.setAttribute("description", describe(traced.description()));
    try {
      return work.call();
    } finally {
      span.end();
    }
  }

  protected String describe(String text) {
    return text;
  }

  /** The work a span covers. */
  public interface Work {
    Object call() throws Exception;
  }

  /** An annotation type of this unit. */
  @Retention(RetentionPolicy.RUNTIME)
  public @interface Step {
    String name();
  }
}
