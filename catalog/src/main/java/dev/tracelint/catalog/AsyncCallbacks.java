package dev.tracelint.catalog;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The callback operators of the asynchronous types ({@code CompletableFuture}, Reactor, RxJava 3) and which outcomes of
 * the computation each one runs its callback on, for UnclosedTrace: a span ended in {@code whenComplete} is ended on
 * success and failure, one ended in {@code doOnSuccess} only on success, and only {@code doFinally} (or a cancel
 * callback) is run when a subscriber cancels. Operator names and owners are those of reactor-core 3.8 and RxJava 3.1.
 *
 * <p>A span used in the callback of an operator listed here stays in the method (it is not handed off): the method
 * still owes its end, on every outcome its family can have ({@link Family#outcomes}).
 */
public final class AsyncCallbacks {
  private AsyncCallbacks() {}

  /** What a computation can end with. */
  public enum Outcome {
    SUCCESS, ERROR, CANCEL
  }

  /** A kind of asynchronous value, by the outcomes that must each end a span tied to it. */
  public enum Family {
    /** {@code CompletionStage}: cancelling a {@code CompletableFuture} completes it exceptionally. */
    FUTURE(EnumSet.of(Outcome.SUCCESS, Outcome.ERROR)),
    /** Reactive Streams publishers: a subscriber may cancel, and then neither success nor error is signalled. */
    REACTIVE(EnumSet.allOf(Outcome.class));

    @SuppressWarnings("ImmutableEnumChecker") // Set.copyOf: unmodifiable, though its type does not say so
    private final Set<Outcome> outcomes;

    Family(Set<Outcome> outcomes) {
      this.outcomes = Set.copyOf(outcomes);
    }

    /** The outcomes on each of which a span tied to such a value must be ended. */
    public Set<Outcome> outcomes() {
      return outcomes;
    }
  }

  private static final Set<Outcome> NONE = Set.of();
  private static final Set<Outcome> SUCCESS = Set.of(Outcome.SUCCESS);
  private static final Set<Outcome> ERROR = Set.of(Outcome.ERROR);
  private static final Set<Outcome> TERMINATE = Set.of(Outcome.SUCCESS, Outcome.ERROR);
  private static final Set<Outcome> CANCEL = Set.of(Outcome.CANCEL);
  private static final Set<Outcome> ALL = Set.of(Outcome.values());

  private static final List<String> FUTURE_OWNERS = List.of("java.util.concurrent.CompletionStage");

  private static final List<String> REACTIVE_OWNERS = List.of(
      "reactor.core.publisher.Mono", "reactor.core.publisher.Flux",
      "io.reactivex.rxjava3.core.Single", "io.reactivex.rxjava3.core.Maybe", "io.reactivex.rxjava3.core.Completable",
      "io.reactivex.rxjava3.core.Observable", "io.reactivex.rxjava3.core.Flowable");

  /**
   * {@code CompletionStage} callbacks: {@code whenComplete} and {@code handle} run on both outcomes, the
   * {@code then*} stages on success only, {@code exceptionally} on failure only.
   */
  private static final Map<String, Set<Outcome>> FUTURE_OPERATORS = Map.ofEntries(
      Map.entry("whenComplete", TERMINATE), Map.entry("whenCompleteAsync", TERMINATE),
      Map.entry("handle", TERMINATE), Map.entry("handleAsync", TERMINATE),
      Map.entry("exceptionally", ERROR), Map.entry("exceptionallyAsync", ERROR),
      Map.entry("exceptionallyCompose", ERROR), Map.entry("exceptionallyComposeAsync", ERROR),
      Map.entry("thenApply", SUCCESS), Map.entry("thenApplyAsync", SUCCESS),
      Map.entry("thenAccept", SUCCESS), Map.entry("thenAcceptAsync", SUCCESS),
      Map.entry("thenRun", SUCCESS), Map.entry("thenRunAsync", SUCCESS),
      Map.entry("thenCompose", SUCCESS), Map.entry("thenComposeAsync", SUCCESS));

  /**
   * Reactor and RxJava 3 callbacks. {@code doFinally} runs on completion, error and cancel; the terminal callbacks
   * ({@code doOnTerminate}, {@code doAfterTerminate}, {@code doOnEach}, {@code doOnEvent}) never on cancel; the
   * cancel callbacks ({@code doOnCancel}, {@code doOnDispose}) only then. Per-item and transforming operators run
   * their callback at no outcome in particular: a span used there is still the method's to end.
   */
  private static final Map<String, Set<Outcome>> REACTIVE_OPERATORS = Map.ofEntries(
      Map.entry("doFinally", ALL),
      Map.entry("doOnSuccess", SUCCESS), Map.entry("doAfterSuccess", SUCCESS), Map.entry("doOnComplete", SUCCESS),
      Map.entry("doOnError", ERROR), Map.entry("onErrorMap", ERROR), Map.entry("onErrorResume", ERROR),
      Map.entry("onErrorReturn", ERROR), Map.entry("onErrorResumeNext", ERROR),
      Map.entry("doOnTerminate", TERMINATE), Map.entry("doAfterTerminate", TERMINATE),
      Map.entry("doOnEach", TERMINATE), Map.entry("doOnEvent", TERMINATE),
      Map.entry("doOnCancel", CANCEL), Map.entry("doOnDispose", CANCEL),
      Map.entry("doOnNext", NONE), Map.entry("map", NONE), Map.entry("flatMap", NONE),
      Map.entry("filter", NONE), Map.entry("doOnSubscribe", NONE), Map.entry("doFirst", NONE));

  /**
   * The types whose values run nothing until a subscriber subscribes: the reactive owners and any Reactive Streams
   * {@code Publisher}. An operator chain of one standing alone as a statement is dropped unsubscribed, so its callbacks
   * never run; a {@code CompletionStage} runs its callbacks whether or not its result is kept.
   */
  private static final List<String> SUBSCRIBED_TYPES = Stream.concat(
      REACTIVE_OWNERS.stream(), Stream.of("org.reactivestreams.Publisher")).collect(Collectors.toUnmodifiableList());

  /** The types (canonical names) whose values run nothing until subscribed ({@link #SUBSCRIBED_TYPES}). */
  public static List<String> subscribedTypes() {
    return SUBSCRIBED_TYPES;
  }

  /** The owners (canonical names) whose operators {@link #outcomes} knows, per family. */
  public static List<String> owners(Family family) {
    return family == Family.FUTURE ? FUTURE_OWNERS : REACTIVE_OWNERS;
  }

  /** The operator names {@link #outcomes} knows for {@code family}. */
  public static Set<String> operatorNames(Family family) {
    return (family == Family.FUTURE ? FUTURE_OPERATORS : REACTIVE_OPERATORS).keySet();
  }

  /** Every operator name of either family, for a cheap first filter. */
  public static boolean isOperatorName(String methodName) {
    return FUTURE_OPERATORS.containsKey(methodName) || REACTIVE_OPERATORS.containsKey(methodName);
  }

  /**
   * The outcomes on which the callback of {@code methodName} of a {@code family} type runs; {@code null} when the
   * family has no such operator (a span captured there is handed off).
   */
  public static Set<Outcome> outcomes(Family family, String methodName) {
    return (family == Family.FUTURE ? FUTURE_OPERATORS : REACTIVE_OPERATORS).get(methodName);
  }
}
