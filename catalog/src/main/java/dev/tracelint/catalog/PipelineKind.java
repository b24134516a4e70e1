package dev.tracelint.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One kind of trace pipeline that buffers spans on a background thread and must be completed (flushed or shut down)
 * before the process exits, for ExitBeforeTraceFlush: how code builds one, and which calls complete it.
 *
 * @param noun what the pipeline is called in messages: {@code OpenTelemetry SDK}, {@code Zipkin span handler}...
 * @param creations the calls that build one; the code that makes them owns the pipeline
 * @param completeMethods simple names of the calls on the pipeline that complete it
 * @param waitedMethods those of {@code completeMethods} that return an asynchronous result and complete the pipeline
 *     only when it is waited on ({@code shutdown().join(10, SECONDS)})
 * @param absorbingMethods builder methods (simple names) through which this pipeline takes another owned pipeline
 *     in, and completes it when it is itself completed ({@code OpenTelemetrySdk.builder().setTracerProvider(tp)})
 * @param flushCall the call that completes this pipeline without ending it, as a Lambda handler must before returning
 *     ({@code forceFlush().join(..)}), or {@code null} when it has none (Brave's {@code Tracing})
 * @param registersHook built with its own JVM shutdown hook, unless {@code disableShutdownHook()} is in the chain
 * @param configured declared by the user's {@code Pipelines} option
 */
public record PipelineKind(
    String noun,
    List<Creation> creations,
    List<String> completeMethods,
    Set<String> waitedMethods,
    Set<String> absorbingMethods,
    String flushCall,
    boolean registersHook,
    boolean configured) {

  /**
   * A call that builds a pipeline: {@code call} itself ({@code OpenTelemetrySdkBuilder#build},
   * {@code AsyncReporter#create}), and, for a builder's terminal call, the static call that starts the builder chain
   * ({@code OpenTelemetrySdk#builder}), which is how the chain is recognised where types are unknown.
   */
  public record Creation(MethodRef call, MethodRef chainStart) {
    public Creation {
      Objects.requireNonNull(call, "call");
    }
  }

  public PipelineKind {
    Objects.requireNonNull(noun, "noun");
    creations = List.copyOf(creations);
    completeMethods = List.copyOf(completeMethods);
    waitedMethods = Set.copyOf(waitedMethods);
    absorbingMethods = Set.copyOf(absorbingMethods);
    if (creations.isEmpty() || completeMethods.isEmpty()) {
      throw new IllegalArgumentException("a pipeline needs a creation and a complete method: " + noun);
    }
  }

  /** Whether a call of this simple name on the pipeline completes it (perhaps only when waited on). */
  public boolean isCompleteMethod(String methodName) {
    return completeMethods.contains(methodName);
  }

  /** Whether a complete call of this name must be waited on to count. */
  public boolean mustBeWaited(String methodName) {
    return waitedMethods.contains(methodName);
  }

  /** The completion a remedy names: {@code close()}, or {@code shutdown().join(..)} for a waited method. */
  public String primaryCompletion() {
    String first = completeMethods.get(0);
    return first + (mustBeWaited(first) ? "().join(..)" : "()");
  }
}
